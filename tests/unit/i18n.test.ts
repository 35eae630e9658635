import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/domain/dates.ts';
import { languageCodes, type Language } from '../../src/i18n/languages.ts';
import { languages, ui, uiFor, type UiStrings } from '../../src/i18n/ui.ts';

/**
 * Arguments to call every function of a table with, for each sample number: one or more argument
 * lists. Typed from UiStrings, so a new function in the tables does not compile here without samples.
 */
type Samples<T> = {
  [K in keyof T as HasFunction<T[K]> extends true ? K : never]: T[K] extends (...args: infer A) => string
    ? (n: number) => A[]
    : Samples<T[K]>;
};
/** True for a function, and for a group with a function somewhere inside. */
type HasFunction<T> = T extends string
  ? false
  : T extends (...args: never[]) => string
    ? true
    : true extends { [K in keyof T]: HasFunction<T[K]> }[keyof T]
      ? true
      : false;

const NUMBERS = [0, 1, 2, 1234567];
const NAME = 'Japan';
const OTHER = 'United States';
const YEAR = '2022';

const samples: Samples<UiStrings> = {
  previewProblems: (n) => [[n]],
  articleCount: (n) => [[n]],
  readingTime: (n) => [[n]],
  sourceBy: () => [[NAME], [NAME, OTHER]],
  termPageTitle: (n) => [[NAME, n]],
  archiveYear: () => [[YEAR]],
  translation: { by: () => [[NAME]] },
  untranslated: (n) => [[n]],
  relations: {
    pairName: () => [[NAME, OTHER]],
    pairDescription: (n) => [[NAME, OTHER, n, n, n]],
    pairSummary: (n) => [[NAME, OTHER, n, n, n]],
    pairCounts: (n) => [[n, n, n]],
    alsoParties: () => [[NAME], [`${NAME}, ${OTHER}`]],
    feedTitle: () => [[NAME, OTHER]],
    feedDescription: () => [[NAME, OTHER]],
    ofCountry: () => [[NAME]],
    filterName: () => [[NAME, OTHER]],
  },
  card: {
    leaderName: () => [[NAME], [NAME, OTHER]],
    alt: () => [
      [undefined, NAME],
      [OTHER, NAME],
    ],
  },
  pageOf: (n) => [[n, n + 1]],
  pageTitle: (n) => [[NAME, n]],
  timelineLatest: (n) => [[n, n]],
  asOffice: () => [[NAME]],
  imageCredit: () => [[NAME]],
  termFeedTitle: () => [[NAME]],
  termFeedDescription: () => [[NAME]],
  worldMap: {
    country: (n) => [[NAME, n, n]],
    agreementRange: (n) => [
      [n, n],
      [n, n + 3],
    ],
    linesLeftOut: (n) => [[n, n]],
  },
  charts: {
    byYear: {
      description: (n) => [[YEAR, '2024', n, YEAR, n]],
      segment: (n) => [[YEAR, NAME, n]],
    },
    partners: {
      caption: () => [[NAME]],
      bar: (n) => [[NAME, n]],
    },
    matrix: {
      level: (n) => [
        [n, n],
        [n, n + 3],
      ],
    },
  },
  searchPage: {
    status: (n) => [
      [n, NAME, []],
      [n, NAME, [NAME, YEAR]],
      [n, '', [NAME]],
      [n, '', [NAME, YEAR]],
    ],
  },
};

type Kind = 'string' | 'function' | 'group';

/** Every entry of a table, nested groups flattened to dotted paths. */
function entries(table: object, prefix = ''): [path: string, value: unknown][] {
  return Object.entries(table).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'object' && value !== null ? [[path, value], ...entries(value, path)] : [[path, value]];
  });
}

function kindOf(value: unknown): Kind | 'other' {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'function') return 'function';
  if (typeof value === 'object' && value !== null) return 'group';
  return 'other';
}

/** Each key of a table with the kind of its value: what two tables must share. */
function shape(table: object): string[] {
  return entries(table)
    .map(([path, value]) => `${path}: ${kindOf(value)}`)
    .sort();
}

function lookup(table: object, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], table);
}

interface Text {
  path: string;
  text: string;
  /** The strings the function was given: names and other values that stay as they are. */
  args: readonly string[];
}

/** Every text a table gives: its strings, and each function's result for every sample (once each). */
function texts(table: UiStrings): Text[] {
  const all = entries(table).flatMap(([path, value]): Text[] => {
    if (typeof value === 'string') return [{ path, text: value, args: [] }];
    if (typeof value !== 'function') return [];
    const sample = lookup(samples, path) as ((n: number) => unknown[][]) | undefined;
    if (sample === undefined) throw new Error(`No sample arguments for ${path}`);
    return NUMBERS.flatMap((n) =>
      sample(n).map((args) => ({
        path: `${path}(${JSON.stringify(args).slice(1, -1)})`,
        text: (value as (...a: unknown[]) => unknown)(...args) as string,
        args: args.flat().filter((arg): arg is string => typeof arg === 'string'),
      })),
    );
  });
  return [...new Map(all.map((text) => [`${text.path}\0${text.text}`, text])).values()];
}

describe('the tables of every language', () => {
  it('are the tables languages lists, for each language code', () => {
    expect(Object.keys(languages)).toEqual([...languageCodes]);
    for (const lang of languageCodes) expect(uiFor(lang)).toBe(languages[lang]);
    expect(ui).toBe(languages.en);
  });

  it.each(['ja', 'ko'] satisfies Language[])(
    '%s has exactly the keys of English, with the same kinds of values',
    (lang) => {
      const english = shape(languages.en);
      expect(english.every((entry) => !entry.endsWith(': other'))).toBe(true);
      expect(shape(languages[lang])).toEqual(english);
    },
  );

  it.each(languageCodes)('%s: every string and every function result for the samples is a non-empty string', (lang) => {
    const all = texts(languages[lang]);
    expect(all.length).toBeGreaterThan(150);
    for (const { path, text } of all) {
      expect(typeof text, path).toBe('string');
      expect(text.trim(), path).not.toBe('');
      expect(text, path).not.toMatch(/undefined|NaN|\[object /);
    }
  });
});

/**
 * The words that may stay in Latin letters in every language: the publication's name and the names of
 * formats and standards. Everything else in a Japanese or Korean text is a translation left undone.
 */
const LATIN_ALLOWED = ['Space Diplomacy Archive', 'JavaScript', 'RSS', 'JSON', 'CSV', 'ISO'];

/** The text without its arguments (names put in, not translated) and the allowed Latin words. */
function ownText(text: string, args: readonly string[]): string {
  return [...args, ...LATIN_ALLOWED]
    .filter((word) => word !== '')
    .sort((a, b) => b.length - a.length)
    .reduce((rest, word) => rest.split(word).join(' '), text);
}

const SCRIPTS: Record<'ja' | 'ko', { own: RegExp; foreign: RegExp; name: string }> = {
  ja: { own: /[\u3040-\u30ff\u4e00-\u9fff]/, foreign: /[\uac00-\ud7af]/, name: 'Japanese' },
  ko: { own: /[\uac00-\ud7af]/, foreign: /[\u3040-\u30ff\u4e00-\u9fff]/, name: 'Hangul' },
};

describe.each(['ja', 'ko'] as const)('the %s table is translated', (lang) => {
  const { own, foreign, name } = SCRIPTS[lang];
  const all = texts(languages[lang]);

  it(`has ${name} in every text, unless the text is only its arguments, numbers and allowed words`, () => {
    const untranslated = all.filter(({ text, args }) => {
      if (own.test(text)) return false;
      // A name alone, a page title on its first page, "Japan · United States", "3–5": nothing to translate.
      return /\p{L}/u.test(ownText(text, args));
    });
    expect(untranslated.map(({ path, text }) => `${path} → ${text}`)).toEqual([]);
  });

  it('leaves no English word besides the arguments and the allowed ones', () => {
    const english = all.filter(({ text, args }) => /[A-Za-z]/.test(ownText(text, args)));
    expect(english.map(({ path, text }) => `${path} → ${text}`)).toEqual([]);
  });

  it(`has no text in the other language's script`, () => {
    expect(all.filter(({ text }) => foreign.test(text)).map(({ path }) => path)).toEqual([]);
  });
});

describe('Japanese strings', () => {
  const ja = uiFor('ja');

  it('counts without plural forms, with grouped digits', () => {
    expect(ja.articleCount(1)).toBe('1件の記事');
    expect(ja.articleCount(2)).toBe('2件の記事');
    expect(ja.articleCount(1234567)).toBe('1,234,567件の記事');
    expect(ja.relations.pairCounts(3, 1, 12)).toBe('合意3件、首脳会談1回、記事12件');
    expect(ja.pageOf(2, 5)).toBe('全5ページ中2ページ目');
    expect(ja.termPageTitle('日本', 1)).toBe('日本');
    expect(ja.termPageTitle('日本', 2)).toBe('日本（2ページ目）');
  });

  it('names agreement kinds and statuses as Japanese news does', () => {
    expect(ja.agreementKinds['memorandum-of-understanding']).toBe('覚書');
    expect(ja.agreementKinds['joint-statement']).toBe('共同声明');
    expect(ja.agreementStatuses).toEqual({
      announced: '発表',
      'in-negotiation': '交渉中',
      signed: '署名済み',
      'in-force': '発効',
      dormant: '休止',
      ended: '終了',
    });
  });

  it('writes the search status as a sentence, lists joined the Japanese way', () => {
    const { status } = ja.searchPage;
    expect(status(3, 'artemis', [])).toBe('「artemis」に一致する記事が3件見つかりました。');
    expect(status(1234567, 'artemis', ['日本', '2022'])).toBe(
      '「artemis」に一致する記事が1,234,567件見つかりました（絞り込み条件：日本、2022）。',
    );
    expect(status(0, 'artemis', ['日本'])).toBe(
      '「artemis」に一致する記事は見つかりませんでした（絞り込み条件：日本）。',
    );
    expect(status(0, '', ['日本', '米国'])).toBe('絞り込み条件（日本、米国）に該当する記事はありません。');
    expect(status(4, '', ['日本'])).toBe('絞り込み条件（日本）に該当する記事は4件です。');
  });

  it('keeps the publication name in Latin letters', () => {
    expect(ja.termFeedDescription('日本')).toBe('Space Diplomacy Archive による、日本に関する最新記事。');
  });
});

describe('Korean strings', () => {
  const ko = uiFor('ko');

  it('counts without plural forms, with grouped digits', () => {
    expect(ko.articleCount(1)).toBe('기사 1건');
    expect(ko.articleCount(2)).toBe('기사 2건');
    expect(ko.articleCount(1234567)).toBe('기사 1,234,567건');
    expect(ko.relations.pairCounts(3, 1, 12)).toBe('협정 3건, 정상회담 1회, 기사 12건');
    expect(ko.pageOf(2, 5)).toBe('5페이지 중 2페이지');
  });

  it('names agreement kinds and statuses as Korean news does', () => {
    expect(ko.agreementKinds['memorandum-of-understanding']).toBe('양해각서');
    expect(ko.agreementKinds['joint-statement']).toBe('공동성명');
    expect(ko.agreementStatuses).toEqual({
      announced: '발표',
      'in-negotiation': '협상 중',
      signed: '서명',
      'in-force': '발효',
      dormant: '휴면',
      ended: '종료',
    });
  });

  it('writes the search status as a sentence, lists joined the Korean way', () => {
    const { status } = ko.searchPage;
    expect(status(3, 'artemis', [])).toBe('‘artemis’에 대한 검색 결과는 3건입니다.');
    expect(status(1234567, 'artemis', ['일본', '2022'])).toBe(
      '‘artemis’에 대한 검색 결과는 1,234,567건입니다 (검색 조건: 일본 및 2022).',
    );
    expect(status(0, 'artemis', [])).toBe('‘artemis’에 대한 검색 결과가 없습니다.');
    expect(status(0, '', ['일본', '미국'])).toBe('검색 조건(일본 및 미국)에 해당하는 기사가 없습니다.');
    expect(status(4, '', ['일본'])).toBe('검색 조건(일본)에 해당하는 기사는 4건입니다.');
  });

  it('joins two countries with a middle dot, needing no particle after a name', () => {
    expect(ko.relations.pairName('일본', '미국')).toBe('일본·미국');
    expect(ko.termFeedDescription('일본')).toBe('Space Diplomacy Archive의 일본 관련 최신 기사.');
  });
});

describe('dates in each language (formatDate, UTC)', () => {
  it.each([
    ['2022-05-23', 'ja', '2022年5月23日'],
    ['2022-05', 'ja', '2022年5月'],
    ['2022', 'ja', '2022年'],
    ['2022-05-21', 'ko', '2022년 5월 21일'],
    ['2016-04', 'ko', '2016년 4월'],
    ['2014', 'ko', '2014년'],
    ['2022-05-23', 'en-GB', '23 May 2022'],
  ])('%s in %s is %s', (value, locale, expected) => {
    expect(formatDate(value, locale, 'UTC')).toBe(expected);
  });
});
