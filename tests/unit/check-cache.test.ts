/** The content check's per-article cache. */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CheckCache } from '../../src/pipeline/check-cache.ts';

const work = mkdtempSync(path.join(tmpdir(), 'sda-check-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const result = (message: string) => ({ problems: [{ file: 'a.md', field: 'title', message }] });

describe('CheckCache', () => {
  it('checks an article once, then answers from the file in later runs', () => {
    const file = path.join(work, 'cache.json');
    const key = CheckCache.key('a.md', 'a', 'source');
    const first = new CheckCache(file);
    const check = vi.fn(() => result('is required'));
    expect(first.get(key, check)).toEqual(result('is required'));
    first.save();

    const second = new CheckCache(file);
    const again = vi.fn(() => result('never used'));
    expect(second.get(key, again)).toEqual(result('is required'));
    expect(again).not.toHaveBeenCalled();
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('keys on the file name, the id and the text', () => {
    const base = CheckCache.key('a.md', 'a', 'source');
    expect(CheckCache.key('b.md', 'a', 'source')).not.toBe(base);
    expect(CheckCache.key('a.md', 'b', 'source')).not.toBe(base);
    expect(CheckCache.key('a.md', 'a', 'source!')).not.toBe(base);
  });

  it('forgets entries not seen in the last run, and ignores a cache written by other code', () => {
    const file = path.join(work, 'forget.json');
    const first = new CheckCache(file);
    first.get('kept', () => result('kept'));
    first.get('dropped', () => result('dropped'));
    first.save();
    // The next run sees only one of the two articles: the other was deleted.
    const cache = new CheckCache(file);
    cache.get('kept', () => result('kept'));
    cache.save();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { entries: [string, unknown][] };
    expect(saved.entries.map(([key]) => key)).toEqual(['kept']);

    writeFileSync(file, JSON.stringify({ fingerprint: 'older code', entries: [['kept', result('stale')]] }));
    expect(new CheckCache(file).get('kept', () => result('fresh'))).toEqual(result('fresh'));
  });

  it('keeps nothing without a file', () => {
    const cache = new CheckCache();
    const check = vi.fn(() => result('x'));
    cache.get('k', check);
    cache.save();
    expect(check).toHaveBeenCalledTimes(1);
  });
});

describe("the check's code fingerprint", () => {
  // A copy of the code the fingerprint reads: edits here never touch the working tree.
  const root = path.join(work, 'project');
  cpSync('src', path.join(root, 'src'), { recursive: true });
  cpSync('package-lock.json', path.join(root, 'package-lock.json'));
  const file = path.join(work, 'fingerprint.json');
  const key = CheckCache.key('a.md', 'a', 'source');

  /** A cache as `npm run check` started in the copy makes it: fresh modules, the copy as the project. */
  async function freshCache(): Promise<CheckCache> {
    vi.resetModules();
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const fresh = await import('../../src/pipeline/check-cache.ts');
      return new fresh.CheckCache(file);
    } finally {
      process.chdir(cwd);
    }
  }
  /** What a fresh cache answers for the article checked by `seed()`. */
  const answer = async () => (await freshCache()).get(key, () => result('checked again'));
  const seed = async () => {
    const cache = await freshCache();
    cache.get(key, () => result('cached'));
    cache.save();
  };
  const edit = (module: string) => appendFileSync(path.join(root, module), '\n// An edit.\n');

  it('keeps the results through an edit to a module the check does not import', async () => {
    await seed();
    edit('src/output/feeds.ts');
    edit('src/plugins/index.ts');
    // archive.ts gives the check a type only.
    edit('src/domain/archive.ts');
    expect(await answer()).toEqual(result('cached'));
  });

  it('discards them after an edit to a module it imports, or to the package versions', async () => {
    for (const changed of [
      'src/schemas/article.ts',
      'src/domain/suggest.ts',
      'src/pipeline/content-check.ts',
      'package-lock.json',
    ]) {
      await seed();
      edit(changed);
      expect(await answer(), changed).toEqual(result('checked again'));
    }
  });

  it('is not thrown by a folder inside src/pipeline', async () => {
    await seed();
    mkdirSync(path.join(root, 'src/pipeline/sub'), { recursive: true });
    writeFileSync(path.join(root, 'src/pipeline/sub/helper.ts'), 'export const x = 1;\n');
    expect(await answer()).toEqual(result('cached'));
  });
});
