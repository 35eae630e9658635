/**
 * Link-preview cards, `/og/<key>.png`: one per card the pages use (src/output/page-cards.ts), named
 * by the digest of its text. Listing them starts drawing every card missing from the cache on
 * worker threads, beside the main thread's page rendering; each file then waits for its own card.
 * A card's key is its page key too, so an unchanged card is copied from the last build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardSpec } from '../../output/cards.ts';
import { allCards } from '../../output/page-cards.ts';
import { cardImage, prepareCards } from '../../pipeline/card-images.ts';
import { getArchive } from '../../pipeline/content.ts';

export const getStaticPaths = (async () => {
  const cards = allCards(await getArchive());
  // The live preview draws a card when it is asked for, not all of them whenever content changes.
  if (!import.meta.env.DEV) prepareCards([...cards.values()]);
  return [...cards].map(([key, spec]) => ({ params: { card: key }, props: { spec }, cacheKey: key }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: CardSpec }> = async ({ props: { spec } }) =>
  new Response(new Uint8Array(await cardImage(spec)), { headers: { 'Content-Type': 'image/png' } });
