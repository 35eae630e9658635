/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * template code are unchanged since the last build is copied from Astro's cache instead of being
 * rendered again. A key must therefore digest everything the page shows. Pages keep to one rule
 * for that: whatever they show about other articles (related reports, timelines, counts) reaches
 * them through their props, which are digested here; at render time they look up only facts from
 * the data files (names, offices, summit details), which every key covers as a whole.
 * `tests/build/incremental.test.ts` builds after edits and compares with a clean build.
 */
import { createHash } from 'node:crypto';

export interface PageKeys {
  /** A key for one page from the parts it renders: shared objects anywhere in them count by content. */
  page(...parts: unknown[]): string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * `data` is everything pages may look up at render time (the data files). `shared` are the objects
 * many pages receive in their props (article records, agreements): each is digested once and counts
 * by its content, so an edit to one article changes the keys of exactly the pages that show it.
 */
export function pageKeys(data: unknown, shared: readonly object[]): PageKeys {
  const dataDigest = sha256(JSON.stringify(data));
  const digests = new Map<unknown, string>(shared.map((object) => [object, sha256(JSON.stringify(object))]));
  const replaceShared = (_key: string, value: unknown) => digests.get(value) ?? value;
  return {
    page: (...parts) => sha256(`${dataDigest}\n${JSON.stringify(parts, replaceShared)}`),
  };
}
