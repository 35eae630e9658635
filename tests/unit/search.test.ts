import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  excerptParts,
  filterValues,
  hasSearch,
  pagefindFilters,
  readSearchParams,
  searchParamsOf,
  searchShards,
} from '../../src/lib/search.ts';
import { ui } from '../../src/i18n/ui.ts';

describe('search URL parameters', () => {
  it('reads the words and the known filters, trimmed, ignoring empty and unknown ones', () => {
    const state = readSearchParams(new URLSearchParams('q=+artemis+&country=Japan&program=&year=2022&page=3'));
    expect(state).toEqual({ query: 'artemis', filters: { country: 'Japan', year: '2022' } });
  });

  it('reads nothing from an empty URL', () => {
    const state = readSearchParams(new URLSearchParams(''));
    expect(state).toEqual({ query: '', filters: {} });
    expect(hasSearch(state)).toBe(false);
  });

  it('writes a shareable query string in a fixed order, the way a GET form would', () => {
    const state = { query: 'lunar gateway', filters: { year: '2022', program: 'Lunar Relay', country: 'Japan' } };
    expect(searchParamsOf(state).toString()).toBe('q=lunar+gateway&country=Japan&program=Lunar+Relay&year=2022');
    expect(readSearchParams(searchParamsOf(state))).toEqual(state);
  });

  it('turns filters into Pagefind filters and status values in form order', () => {
    const state = { query: '', filters: { year: '2021', leader: 'Leader of Aldoria' } };
    expect(hasSearch(state)).toBe(true);
    expect(pagefindFilters(state)).toEqual({ leader: 'Leader of Aldoria', year: '2021' });
    expect(filterValues(state)).toEqual(['Leader of Aldoria', '2021']);
  });
});

describe('excerpts', () => {
  it('splits Pagefind excerpts into text and highlighted parts', () => {
    expect(excerptParts('the <mark>Moon</mark> landing and <mark>Moon.</mark>')).toEqual([
      { text: 'the ', mark: false },
      { text: 'Moon', mark: true },
      { text: ' landing and ', mark: false },
      { text: 'Moon.', mark: true },
    ]);
  });

  it('keeps anything else that looks like markup as text', () => {
    const parts = excerptParts('R&D &lt;img src=x onerror=alert(1)&gt; <b>bold</b> <mark>x</mark> <script>y</script>');
    expect(parts).toEqual([
      { text: 'R&D <img src=x onerror=alert(1)> <b>bold</b> ', mark: false },
      { text: 'x', mark: true },
      { text: ' <script>y</script>', mark: false },
    ]);
  });

  it('decodes character references and leaves unknown ones alone', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&#39;&#x2019;&nosuch;&#0;')).toBe('&<>"\'’&nosuch;&#0;');
  });
});

describe('search status', () => {
  const { status } = ui.searchPage;

  it('says how many results the words found, and which filters narrowed them', () => {
    expect(status(1, 'artemis', [])).toBe('1 result for “artemis”.');
    expect(status(3, 'artemis', ['Japan', '2022'])).toBe('3 results for “artemis” (filtered by Japan, 2022).');
  });

  it('says plainly when nothing matches', () => {
    expect(status(0, 'artemis', [])).toBe('No articles match “artemis”.');
    expect(status(0, '', ['Japan', '2021'])).toBe('No articles match Japan, 2021.');
    expect(status(1, '', ['Japan'])).toBe('1 article matches Japan.');
    expect(status(4, '', ['Japan'])).toBe('4 articles match Japan.');
  });
});

describe('search index parts', () => {
  it('groups the published articles by year of publication, newest year first, ids sorted', () => {
    const shards = searchShards([
      { id: '2021/b', date: '2021-03-01' },
      { id: 'misc/filed-elsewhere', date: '2022-01-05' },
      { id: '2021/a', date: '2021-12-31' },
      { id: '2022/draft', date: '2022-02-01', draft: true },
      { id: '2019/c', date: '2019-07' },
    ]);
    expect([...shards]).toStrictEqual([
      ['2022', ['misc/filed-elsewhere']],
      ['2021', ['2021/a', '2021/b']],
      ['2019', ['2019/c']],
    ]);
  });

  it('has no part without an article', () => {
    expect(searchShards([]).size).toBe(0);
    expect(searchShards([{ id: 'x', date: '2020-01-01', draft: true }]).size).toBe(0);
  });
});
