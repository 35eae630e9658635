import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/content.ts';
import { agreementsJson } from '../../lib/exports.ts';

export const GET: APIRoute = async () =>
  new Response(agreementsJson(await getArchive()), { headers: { 'Content-Type': 'application/json' } });
