import type { APIRoute } from 'astro';
import { getArchive } from '../../pipeline/content.ts';
import { agreementsCsv } from '../../output/exports.ts';

export const GET: APIRoute = async () =>
  new Response(agreementsCsv(await getArchive()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
