/**
 * Astro's incremental build (`experimental.incrementalBuild`) writes every page it renders twice:
 * into the output folder, and a copy into `<cacheDir>/dist/` from which it copies an unchanged page
 * back when the output folder lacks it. This build's staging folder already holds the site it last
 * published (src/cli/output-folders.ts), so the copies were written and never read: at 10,000
 * articles in three languages, 28,000 files (560 MB) and 9 s of a 47 s Astro step (the bench's
 * corpus, measured once). Astro has no option to leave them out, so its cache class is changed in
 * Astro's own process (src/cli/astro-build.ts): a page missing from the staging folder is rendered
 * again, as in a build without a cache. `tests/build/build-state.test.ts` holds that no copy is left,
 * so an Astro release that moves this class is noticed.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where Astro keeps its page copies in its cache folder (INCREMENTAL_OUTPUT_DIR in Astro's incremental.js). */
export const ASTRO_PAGE_COPIES = 'dist';

interface PageCopies {
  writeOutputFile(...args: unknown[]): Promise<void>;
  restoreOutputFile(...args: unknown[]): Promise<boolean>;
  deleteOutputFile(...args: unknown[]): Promise<void>;
}

/**
 * Makes Astro's build in this process keep no page copies, and removes those an earlier build of
 * this setup left in `cacheDir`.
 */
export async function keepNoPageCopies(cacheDir: string): Promise<void> {
  rmSync(path.join(cacheDir, ASTRO_PAGE_COPIES), { recursive: true, force: true });
  const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  // Not among Astro's exports: imported by its file, which is the module Astro's build itself loads.
  const incremental = (await import(pathToFileURL(path.join(astroDir, 'dist/core/build/incremental.js')).href)) as {
    IncrementalBuildCache?: { prototype: PageCopies };
  };
  const cache = incremental.IncrementalBuildCache?.prototype;
  if (!cache) return;
  cache.writeOutputFile = async () => undefined;
  cache.restoreOutputFile = async () => false;
  cache.deleteOutputFile = async () => undefined;
}
