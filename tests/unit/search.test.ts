import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  excerptParts,
  filterValues,
  hasSearch,
  pagefindFilters,
  readSearchParams,
  searchParamsOf,
  searchBundles,
} from '../../src/output/search.ts';
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

describe('search bundles', () => {
  const article = (id: string, date: string, draft = false) => ({ id, date, draft });
  const corpus = [
    article('2019/a', '2019-07'),
    article('2020/b', '2020-03-01'),
    article('2020/a', '2020-12-31'),
    article('misc/filed-elsewhere', '2021-01-05'),
    article('2021/draft', '2021-02-01', true),
    article('2022/a', '2022-02-01'),
    article('2022/b', '2022-03-01'),
    article('2023/a', '2023-01-01'),
  ];

  it('gathers whole years, oldest first, until a bundle holds enough articles; newest bundle first', () => {
    expect(searchBundles(corpus, 3)).toStrictEqual([
      { name: '2023', ids: ['2023/a'] },
      { name: '2021-2022', ids: ['2022/a', '2022/b', 'misc/filed-elsewhere'] },
      { name: '2019-2020', ids: ['2019/a', '2020/a', '2020/b'] },
    ]);
    expect(searchBundles(corpus, 1).map((bundle) => bundle.name)).toEqual(['2023', '2022', '2021', '2020', '2019']);
    expect(searchBundles(corpus, 100)).toStrictEqual([
      { name: '2019-2023', ids: ['2019/a', '2020/a', '2020/b', '2022/a', '2022/b', '2023/a', 'misc/filed-elsewhere'] },
    ]);
  });

  it('never moves an older bundle when articles are added to the newest year', () => {
    const before = searchBundles(corpus, 3);
    const after = searchBundles([...corpus, article('2023/b', '2023-06-01'), article('2024/a', '2024-01-01')], 3);
    expect(after.slice(1)).toStrictEqual(before.slice(1));
    expect(after.map((bundle) => bundle.name)).toEqual(['2023-2024', '2021-2022', '2019-2020']);
  });

  it('has no bundle without an article', () => {
    expect(searchBundles([], 3)).toEqual([]);
    expect(searchBundles([article('x', '2020-01-01', true)], 3)).toEqual([]);
  });
});
