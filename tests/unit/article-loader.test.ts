/**
 * The articles' content loader, run outside Astro with a plain store: the frontmatter it stores is
 * the same whether it takes it from the content check's results (as in `npm run build`, which
 * checks first) or parses the files itself (no check has run, or the text changed since).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { articleLoader } from '../../src/lib/article-loader.ts';
import { checkProjectContent, projectCheckCacheFile } from '../../src/lib/content-check.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { articleSchema } from '../../src/schemas/article.ts';

// Counts the loader's own YAML parses.
vi.mock('../../src/lib/frontmatter.ts', async (original) => {
  const actual = await original<typeof import('../../src/lib/frontmatter.ts')>();
  return { ...actual, readFrontmatter: vi.fn(actual.readFrontmatter) };
});

interface Stored {
  data: Record<string, unknown>;
  digest?: string | number;
}

/** Runs the loader over the project's articles into a fresh store, parsing with the check's schema. */
async function load(): Promise<Map<string, Stored>> {
  const entries = new Map<string, Stored>();
  const store = {
    get: (id: string) => entries.get(id),
    set: ({ id, ...entry }: Stored & { id: string }) => entries.set(id, entry),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
  };
  const loader = articleLoader(path.join(siteConfig.contentDir, 'articles'));
  await loader.load({
    store,
    parseData: async ({ data }: { data: Record<string, unknown> }) => articleSchema.parse(data),
    config: { root: pathToFileURL(`${process.cwd()}/`) },
  } as never);
  return entries;
}

describe('the article loader', () => {
  it('stores the same frontmatter from the check’s results as from parsing the files', async () => {
    rmSync(projectCheckCacheFile, { force: true });
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
