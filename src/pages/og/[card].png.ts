/**
 * Link-preview cards, `/og/<key>.png`: one per card the pages use (src/output/page-cards.ts), named
 * by the digest of its text. `npm run build` starts drawing them into the cache before Astro starts
 * (src/cli/build.ts), so here they are read; one still missing is drawn now. A card's key is its
 * page key too, so an unchanged card is copied from the last build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardSpec } from '../../output/cards.ts';
import { allCards } from '../../output/page-cards.ts';
import { cardImage } from '../../pipeline/card-images.ts';
import { getArchive } from '../../pipeline/content.ts';
import { languageCodes } from '../../i18n/languages.ts';

export const getStaticPaths = (async () => {
  const cards = allCards(await Promise.all(languageCodes.map((lang) => getArchive(lang))));
  return [...cards].map(([key, spec]) => ({ params: { card: key }, props: { spec }, cacheKey: key }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: CardSpec }> = async ({ props: { spec } }) =>
  new Response(new Uint8Array(await cardImage(spec)), { headers: { 'Content-Type': 'image/png' } });
