import type { APIRoute } from 'astro';
import { getArchive } from '../../pipeline/content.ts';
import { articlesJson } from '../../output/exports.ts';

export const GET: APIRoute = async () =>
  new Response(articlesJson(await getArchive()), { headers: { 'Content-Type': 'application/json' } });
