import type { APIRoute } from 'astro';
import { getArchive } from '../../pipeline/content.ts';
import { agreementsJson } from '../../output/exports.ts';

export const GET: APIRoute = async () =>
  new Response(agreementsJson(await getArchive()), { headers: { 'Content-Type': 'application/json' } });
