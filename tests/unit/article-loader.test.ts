/**
 * The articles' content loader, run outside Astro with a plain store: the frontmatter it stores is
 * the same whether it takes it from the content check's results (as in `npm run build`, which
 * checks first) or parses the files itself (no check has run, or the text changed since). It runs
 * on a copy of `content/` with a cache of its own: the developer's caches are never touched.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as Frontmatter from '../../src/pipeline/frontmatter.ts';

const contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'article-loader-')), 'content');
cpSync(path.resolve('content'), contentDir, { recursive: true });
// The site settings read CONTENT_DIR when first imported (so nothing imports them statically here).
process.env.CONTENT_DIR = contentDir;
const { cacheDirFor, siteConfig } = await import('../../src/config.ts');
const { articleLoader } = await import('../../src/pipeline/article-loader.ts');
const { checkProjectContent } = await import('../../src/pipeline/content-check.ts');
const { readFrontmatter } = await import('../../src/pipeline/frontmatter.ts');
const { articleSchema } = await import('../../src/schemas/article.ts');

// Counts the YAML parses.
vi.mock('../../src/pipeline/frontmatter.ts', async (original) => {
  const actual = await original<typeof Frontmatter>();
  return { ...actual, readFrontmatter: vi.fn(actual.readFrontmatter) };
});

afterAll(() => {
  rmSync(cacheDirFor(contentDir), { recursive: true, force: true });
  rmSync(path.dirname(contentDir), { recursive: true, force: true });
});

interface Stored {
  data: Record<string, unknown>;
  digest?: string | number;
  filePath?: string;
}

/** Runs the loader over the articles into a fresh store, parsing with the check's schema, as a build does. */
async function load(): Promise<Map<string, Stored>> {
  const entries = new Map<string, Stored>();
  const store = {
    get: (id: string) => entries.get(id),
    set: ({ id, ...entry }: Stored & { id: string }) => entries.set(id, entry),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
  };
  const loader = articleLoader(path.join(contentDir, 'articles'), contentDir);
  await loader.load({
    store,
    parseData: async ({ data }: { data: Record<string, unknown> }) => articleSchema.parse(data),
    config: { root: pathToFileURL(`${process.cwd()}/`) },
  } as never);
  return entries;
}

describe('the article loader', () => {
  it('works on its own copy of the content, with its own cache', () => {
    expect(siteConfig.cacheDir).toBe(cacheDirFor(contentDir));
  });

  it('stores the same frontmatter from the check’s results as from parsing the files', async () => {
    vi.mocked(readFrontmatter).mockClear();
    const parsed = await load();
    expect(parsed.size).toBeGreaterThan(2);
    expect(readFrontmatter).toHaveBeenCalledTimes(parsed.size);

    const { problems } = await checkProjectContent();
    expect(problems).toEqual([]);
    vi.mocked(readFrontmatter).mockClear();
    const fromCheck = await load();
    expect(readFrontmatter).not.toHaveBeenCalled();
    expect(fromCheck).toStrictEqual(parsed);
  });
});
