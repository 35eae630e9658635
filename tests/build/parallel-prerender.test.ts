/**
 * Pages rendered in worker threads (src/integrations/parallel-prerender.ts) are the pages Astro
 * renders alone: the same corpus, with pictures (rendered by the main thread) and translations,
 * built both ways gives the same files, byte for byte.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/tools/corpus-files.ts';
import { makeCorpus } from '../../src/tools/synthetic-corpus.ts';
import { hashTree, runBuild, type BuildResult } from '../support/site.ts';

const THREADS_STARTED = /rendering in the main thread and \d+ worker thread\(s\)/;

const work = mkdtempSync(path.join(tmpdir(), 'sda-threads-'));
const contentDir = path.join(work, 'content');
let threaded: BuildResult;
let alone: BuildResult;

beforeAll(async () => {
  const corpus = makeCorpus({ articles: 40, seed: 5, translations: 0.3 });
  expect(corpus.articles.some((article) => article.image)).toBe(true);
  await writeCorpus(contentDir, corpus, 5);
  // The thread takes every page it can, several at a time: the pages with a picture, which it gives
  // back to the main thread, among them.
  threaded = runBuild(contentDir, path.join(work, 'threaded'), {
    PRERENDER_THREADS_AFTER: '0',
    PRERENDER_QUEUED_PER_THREAD: '1000',
  });
  alone = runBuild(contentDir, path.join(work, 'alone'), { PRERENDER_THREADS_AFTER: String(Number.MAX_SAFE_INTEGER) });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(availableParallelism() < 2)('pages rendered in worker threads', () => {
  it('are rendered there when the build is told to, and not otherwise', () => {
    expect(threaded.code, threaded.output).toBe(0);
    expect(alone.code, alone.output).toBe(0);
    expect(threaded.output).toMatch(THREADS_STARTED);
    expect(alone.output).not.toMatch(THREADS_STARTED);
  });

  it('log nothing of a page they give back to the main thread', () => {
    expect(threaded.output).not.toContain('rendered by the main thread');
    expect(threaded.output).not.toMatch(/\[(ERROR|WARN)\]/);
  });

  it('are the same files as Astro renders alone, pictures and translations included', () => {
    const threadedFiles = hashTree(path.join(work, 'threaded'));
    const aloneFiles = hashTree(path.join(work, 'alone'));
    expect([...threadedFiles.keys()].filter((file) => file.startsWith('ja/articles/')).length).toBeGreaterThan(0);
    expect(
      [...threadedFiles.keys()].some((file) => file.startsWith('_astro/') && /\.(webp|avif|jpe?g|png)$/.test(file)),
    ).toBe(true);
    expect(threadedFiles).toEqual(aloneFiles);
  });
});
