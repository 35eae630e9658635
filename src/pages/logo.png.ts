/**
 * The publisher logo for structured data (`publisher.logo`): the site's icon as a square PNG, which
 * search engines accept where they do not take SVG. Drawn from public/favicon.svg, the one source.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { projectRoot } from '../config.ts';
import { LOGO_SIZE } from '../output/structured-data.ts';

export const GET: APIRoute = async () => {
  const icon = await readFile(path.join(projectRoot, 'public/favicon.svg'));
  const png = await sharp(icon, { density: (72 * LOGO_SIZE) / 32 })
    .resize(LOGO_SIZE, LOGO_SIZE)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
