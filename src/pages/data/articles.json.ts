import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/content.ts';
import { articlesJson } from '../../lib/exports.ts';

export const GET: APIRoute = async () =>
  new Response(articlesJson(await getArchive()), { headers: { 'Content-Type': 'application/json' } });
