/** The search index refuses to publish bundles the built search page would not load. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/cli/search-index.ts';
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
      path.join(site, '.work'),
    );
    expect(report.problems).toEqual([
      'the search page in "en" loads bundles "2020", the index has "2021": build again',
    ]);
    expect(report.indexed).toEqual([]);
  });
});
