/** The search index refuses to publish bundles the built search page would not load. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, bundleGlob } from '../../src/cli/search-index.ts';
import { articleRecord } from './_fixtures.ts';

const site = mkdtempSync(path.join(tmpdir(), 'sda-search-index-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the search index', () => {
  it('fails when the search page lists other bundles than the articles make (content changed during the build)', async () => {
    mkdirSync(path.join(site, 'search'), { recursive: true });
    writeFileSync(path.join(site, 'search', 'index.html'), '<form data-search-bundles="2020"></form>');
    const report = await buildSearchIndex(
      site,
      [{ lang: 'en', articles: [articleRecord('2021/a', { date: '2021-01-01' })] }],
      {},
    );
    expect(report.problems).toEqual([
      'the search page in "en" loads bundles "2020", the index has "2021": build again',
    ]);
    expect(report.indexed).toEqual([]);
  });

  it('picks a bundle’s article pages by a glob of their site paths, in each language’s folder', () => {
    const ids = ['2021/a', '2021/tokyo-summit'];
    expect(bundleGlob({ name: '2021', lang: 'en', ids })).toBe('articles/{2021/a,2021/tokyo-summit}/index.html');
    expect(bundleGlob({ name: 'ja/2021', lang: 'ja', ids })).toBe('ja/articles/{2021/a,2021/tokyo-summit}/index.html');
  });

  it('refuses an id a glob would read as a pattern, rather than index other pages', () => {
    for (const id of ['2021/a,b', '2021/{a}', '2021/*', '2021/a?']) {
      expect(() => bundleGlob({ name: '2021', lang: 'en', ids: [id] })).toThrow(`"${id}"`);
    }
  });
});
