import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { translationOf } from '../../src/pipeline/article-id.ts';
import { fileURLToPath } from 'node:url';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fieldPath } from '../../src/pipeline/problems.ts';
import {
  agreementKinds,
  agreementMentionSchema,
  agreementStatuses,
  articleSchema,
  countrySchema,
  leaderSchema,
  programSchema,
  summitSchema,
} from '../../src/schemas/index.ts';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));

/**
 * Frontmatter as Astro reads it: js-yaml's default schema turns an unquoted `2022-05-23` into a
 * Date. `yaml`'s core schema plus the timestamp tag does the same.
 */
function readFrontmatterYaml(text: string): unknown {
  return parse(text, { customTags: ['timestamp'] });
}

/** `field: message` for every issue, in the order zod reports them. */
function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
}

async function articleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return (
    entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      // Translations have a schema of their own (tests/unit/translations.test.ts).
      .filter((file) => !translationOf(path.relative(dir, file)))
      .sort()
  );
}

const goodArticle = {
  title: 'Biden backs bid to land first Japanese astronaut on the Moon',
  description: 'After talks in Tokyo, Biden and Kishida reported progress on Artemis cooperation.',
  date: '2022-05-23',
  summit: 'tokyo-2022',
  leaders: ['joe-biden', 'fumio-kishida'],
  countries: ['united-states', 'japan'],
  programs: ['artemis'],
  agreements: [
    {
      id: 'us-japan-joint-statement-2022',
      title: 'U.S.–Japan joint statement',
      kind: 'joint-statement',
      status: 'announced',
      parties: ['japan', 'united-states'],
      programs: ['artemis'],
      date: '2022-05-23',
      note: 'Issued after the summit.',
    },
  ],
  source: { publication: 'SpaceNews', author: 'Park Si-soo', url: 'https://spacenews.com/x' },
};

const goodAgreement = goodArticle.agreements[0]!;
const withAgreement = (overrides: Record<string, unknown>) => ({
  ...goodArticle,
  agreements: [{ ...goodAgreement, ...overrides }],
});

describe('the real content passes its schemas', () => {
  it('every article frontmatter', async () => {
    const files = await articleFiles(path.join(contentDir, 'articles'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const frontmatter = extractFrontmatter(await readFile(file, 'utf8'));
      expect(frontmatter, file).toBeDefined();
      expect({ file, issues: issues(articleSchema, readFrontmatterYaml(frontmatter ?? '')) }).toEqual({
        file,
        issues: [],
      });
    }
  });

  it.each([
    ['countries.yaml', countrySchema],
    ['leaders.yaml', leaderSchema],
    ['programs.yaml', programSchema],
    ['summits.yaml', summitSchema],
  ] as const)('every entry of %s', async (name, schema) => {
    const entries: unknown = parse(await readFile(path.join(contentDir, name), 'utf8'));
    expect(Array.isArray(entries)).toBe(true);
    expect((entries as unknown[]).length).toBeGreaterThan(0);
    for (const entry of entries as unknown[]) {
      const id = (entry as { id?: unknown }).id;
      expect({ id, issues: issues(schema, entry) }).toEqual({ id, issues: [] });
    }
  });
});

describe('articleSchema: a good article', () => {
  it('passes and gets its defaults', () => {
    const minimal = { title: 'T', description: 'D', date: '2022-05-23', source: { publication: 'SpaceNews' } };
    const result = articleSchema.safeParse(minimal);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ ...minimal, leaders: [], countries: [], programs: [], agreements: [], draft: false });
  });

  it('trims text fields', () => {
    expect(articleSchema.parse({ ...goodArticle, title: '  Spaced  ' }).title).toBe('Spaced');
  });

  it('accepts a leap day', () => {
    expect(issues(articleSchema, { ...goodArticle, date: '2024-02-29', updated: '2024-03-01' })).toEqual([]);
  });
});

describe('articleSchema: required text', () => {
  it('reports a missing title as required', () => {
    const { title: _, ...withoutTitle } = goodArticle;
    expect(issues(articleSchema, withoutTitle)).toEqual(['title: is required']);
  });

  it('reports an empty or blank description', () => {
    expect(issues(articleSchema, { ...goodArticle, description: '' })).toEqual(['description: must not be empty']);
    expect(issues(articleSchema, { ...goodArticle, description: '   ' })).toEqual(['description: must not be empty']);
  });

  it('reports a title of the wrong type', () => {
    expect(issues(articleSchema, { ...goodArticle, title: 42 })).toEqual(['title: must be text']);
    expect(issues(articleSchema, { ...goodArticle, title: ['a', 'b'] })).toEqual(['title: must be text']);
  });
});

describe('articleSchema: dates', () => {
  it('refuses an unquoted date, which YAML turns into a Date object', () => {
    const frontmatter = readFrontmatterYaml('title: T\ndescription: D\ndate: 2022-05-23\nsource:\n  publication: P\n');
    expect((frontmatter as { date: unknown }).date).toBeInstanceOf(Date);
    expect(issues(articleSchema, frontmatter)).toEqual(['date: must be a date in quotes, such as "2022-05-23"']);
  });

  it('refuses an unquoted impossible date that YAML 1.1 rolled over into a real one', () => {
    const frontmatter = parse('date: 2022-13-45\n', { version: '1.1' }) as { date: Date };
    expect(frontmatter.date.toISOString()).toBe('2023-02-14T00:00:00.000Z');
    expect(issues(articleSchema, { ...goodArticle, date: frontmatter.date })).toEqual([
      'date: must be a date in quotes, such as "2022-05-23"',
    ]);
  });

  it.each(['2022-02-30', '2022-13-45', '2022-02-29', '2022-04-31', '2022-00-10'])(
    'refuses the impossible quoted date %s',
    (date) => {
      expect(issues(articleSchema, { ...goodArticle, date })).toEqual([`date: "${date}" is not a real calendar date`]);
    },
  );

  it('refuses other spellings of a date', () => {
    expect(issues(articleSchema, { ...goodArticle, date: '23 May 2022' })).toEqual([
      'date: must be written "YYYY-MM-DD", such as "2022-05-23"',
    ]);
    expect(issues(articleSchema, { ...goodArticle, date: '2022-05' })).toEqual([
      'date: must be written "YYYY-MM-DD", such as "2022-05-23"',
    ]);
    expect(issues(articleSchema, { ...goodArticle, updated: '2022-5-23' })).toEqual([
      'updated: must be written "YYYY-MM-DD", such as "2022-05-23"',
    ]);
  });

  it('reports a missing date as required', () => {
    const { date: _, ...withoutDate } = goodArticle;
    expect(issues(articleSchema, withoutDate)).toEqual(['date: is required']);
  });
});

describe('articleSchema: other wrong types', () => {
  it('refuses a single id where a list is expected', () => {
    expect(issues(articleSchema, { ...goodArticle, leaders: 'joe-biden' })).toEqual([
      'leaders: must be a list of ids, such as [japan, south-korea]',
    ]);
  });

  it('refuses draft written as a word', () => {
    expect(issues(articleSchema, { ...goodArticle, draft: 'yes' })).toEqual(['draft: must be true or false']);
  });

  it('refuses a summit given as a list', () => {
    expect(issues(articleSchema, { ...goodArticle, summit: ['tokyo-2022'] })).toEqual([
      'summit: must be an id such as "south-korea"',
    ]);
  });

  it('reports every problem of one article at once', () => {
    expect(issues(articleSchema, { ...goodArticle, title: '', date: '2022-02-30', draft: 1 })).toEqual([
      'title: must not be empty',
      'date: "2022-02-30" is not a real calendar date',
      'draft: must be true or false',
    ]);
  });
});

describe('articleSchema: unknown keys', () => {
  it('refuses a misspelt field such as `leader:`', () => {
    const result = articleSchema.safeParse({ ...goodArticle, leader: ['joe-biden'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['leader'], path: [] }),
    ]);
  });

  it('refuses unknown keys inside the source and inside agreements', () => {
    const result = articleSchema.safeParse({
      ...withAgreement({ notes: 'x' }),
      source: { publication: 'SpaceNews', link: 'https://x.org' },
    });
    expect(
      result.error?.issues.map((i) => [i.code, fieldPath(i.path), i.code === 'unrecognized_keys' ? i.keys : []]),
    ).toEqual([
      ['unrecognized_keys', 'agreements[0]', ['notes']],
      ['unrecognized_keys', 'source', ['link']],
    ]);
  });
});

describe('articleSchema: slug ids', () => {
  it.each(['South Korea', 'Japan', 'south_korea', 'south--korea', '-japan', 'japan-', 'japan ', 'ü'])(
    'refuses the id %j',
    (id) => {
      expect(issues(articleSchema, { ...goodArticle, countries: ['japan', id] })).toEqual([
        'countries[1]: must be lower-case letters, digits and hyphens, such as "south-korea"',
      ]);
    },
  );

  it('refuses a bad agreement id and a bad summit id', () => {
    expect(issues(articleSchema, { ...withAgreement({ id: 'US Japan' }), summit: 'Tokyo 2022' })).toEqual([
      'summit: must be lower-case letters, digits and hyphens, such as "south-korea"',
      'agreements[0].id: must be lower-case letters, digits and hyphens, such as "south-korea"',
    ]);
  });

  it('accepts digits and single hyphens', () => {
    expect(issues(articleSchema, { ...goodArticle, summit: 'g7-2023', countries: ['south-korea', 'x1'] })).toEqual([]);
  });
});

describe('agreementMentionSchema', () => {
  it('accepts a partial date and no date at all', () => {
    expect(issues(agreementMentionSchema, { ...goodAgreement, date: '2016-04' })).toEqual([]);
    expect(issues(agreementMentionSchema, { ...goodAgreement, date: '2014' })).toEqual([]);
    const { date: _, ...undated } = goodAgreement;
    expect(issues(agreementMentionSchema, undated)).toEqual([]);
  });

  it('refuses an impossible partial date', () => {
    expect(issues(articleSchema, withAgreement({ date: '2016-13' }))).toEqual([
      'agreements[0].date: "2016-13" is not a real calendar date',
    ]);
    expect(issues(articleSchema, withAgreement({ date: 'April 2016' }))).toEqual([
      'agreements[0].date: must be written "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
    ]);
  });

  it('refuses an unknown kind, listing the allowed ones', () => {
    expect(issues(articleSchema, withAgreement({ kind: 'treaty' }))).toEqual([
      `agreements[0].kind: must be one of: ${agreementKinds.join(', ')}`,
    ]);
  });

  it('refuses an unknown status, listing the allowed ones', () => {
    expect(issues(articleSchema, withAgreement({ status: 'in force' }))).toEqual([
      `agreements[0].status: must be one of: ${agreementStatuses.join(', ')}`,
    ]);
  });

  it('accepts every documented kind and status', () => {
    for (const kind of agreementKinds) expect(issues(agreementMentionSchema, { ...goodAgreement, kind })).toEqual([]);
    for (const status of agreementStatuses)
      expect(issues(agreementMentionSchema, { ...goodAgreement, status })).toEqual([]);
  });

  it('needs at least one party', () => {
    expect(issues(articleSchema, withAgreement({ parties: [] }))).toEqual([
      'agreements[0].parties: must name at least one party',
    ]);
    const { parties: _, ...withoutParties } = goodAgreement;
    expect(issues(articleSchema, { ...goodArticle, agreements: [withoutParties] })).toEqual([
      'agreements[0].parties: must name at least one party',
    ]);
  });

  it('refuses a bad party id', () => {
    expect(issues(articleSchema, withAgreement({ parties: ['Japan'] }))).toEqual([
      'agreements[0].parties[0]: must be lower-case letters, digits and hyphens, such as "south-korea"',
    ]);
  });

  it('needs a title', () => {
    expect(issues(articleSchema, withAgreement({ title: ' ' }))).toEqual(['agreements[0].title: must not be empty']);
  });
});

describe('sourceSchema', () => {
  it('needs a publication', () => {
    expect(issues(articleSchema, { ...goodArticle, source: { author: 'Park Si-soo' } })).toEqual([
      'source.publication: is required',
    ]);
  });

  it('needs a source', () => {
    const { source: _, ...withoutSource } = goodArticle;
    expect(issues(articleSchema, withoutSource)).toEqual(['source: is required']);
  });

  it('refuses a source written as plain text', () => {
    expect(issues(articleSchema, { ...goodArticle, source: 'SpaceNews' })).toEqual([
      'source: must be the source, with at least "publication:"',
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org/x', 'spacenews.com/x', '/articles/x/'])(
    'refuses the url %j',
    (url) => {
      expect(issues(articleSchema, { ...goodArticle, source: { publication: 'SpaceNews', url } })).toEqual([
        'source.url: must be a full http(s) address',
      ]);
    },
  );

  it('accepts http and https urls', () => {
    for (const url of ['http://example.org/', 'https://spacenews.com/biden-backs/?a=1#x']) {
      expect(issues(articleSchema, { ...goodArticle, source: { publication: 'SpaceNews', url } })).toEqual([]);
    }
  });
});

describe('leaderSchema', () => {
  const goodLeader = {
    id: 'fumio-kishida',
    name: 'Fumio Kishida',
    nativeName: '岸田文雄',
    nativeNameLang: 'ja',
    country: 'japan',
    offices: [{ title: 'Prime Minister of Japan', from: '2021-10-04', to: '2024-10-01' }],
  };

  it('accepts a good leader, with or without a native name', () => {
    expect(issues(leaderSchema, goodLeader)).toEqual([]);
    const { nativeName: _, nativeNameLang: __, ...latinOnly } = goodLeader;
    expect(issues(leaderSchema, latinOnly)).toEqual([]);
  });

  it('refuses nativeName without nativeNameLang, and the reverse', () => {
    const { nativeNameLang: _, ...withoutLang } = goodLeader;
    expect(issues(leaderSchema, withoutLang)).toEqual([
      'nativeNameLang: nativeName and nativeNameLang go together: give both, or neither',
    ]);
    const { nativeName: __, ...withoutName } = goodLeader;
    expect(issues(leaderSchema, withoutName)).toEqual([
      'nativeNameLang: nativeName and nativeNameLang go together: give both, or neither',
    ]);
  });

  it('refuses a language code that is not BCP 47-like', () => {
    expect(issues(leaderSchema, { ...goodLeader, nativeNameLang: 'Japanese' })).toEqual([
      'nativeNameLang: must be a language code such as "ja" or "ko"',
    ]);
  });

  it('needs at least one office, each with real dates', () => {
    expect(issues(leaderSchema, { ...goodLeader, offices: [] })).toEqual(['offices: must list at least one office']);
    expect(issues(leaderSchema, { ...goodLeader, offices: [{ title: 'PM', from: '2021-02-30' }] })).toEqual([
      'offices[0].from: "2021-02-30" is not a real calendar date',
    ]);
  });

  it('refuses a country that is not an id', () => {
    expect(issues(leaderSchema, { ...goodLeader, country: 'Japan' })).toEqual([
      'country: must be lower-case letters, digits and hyphens, such as "south-korea"',
    ]);
  });
});

describe('summitSchema', () => {
  const goodSummit = {
    id: 'g7-hiroshima-2023',
    name: 'G7 summit in Hiroshima',
    startDate: '2023-05-19',
    endDate: '2023-05-21',
    city: 'Hiroshima',
    country: 'japan',
    leaders: ['fumio-kishida', 'joe-biden'],
  };

  it('accepts a multi-day summit and a one-day one', () => {
    expect(issues(summitSchema, goodSummit)).toEqual([]);
    expect(issues(summitSchema, { ...goodSummit, endDate: '2023-05-19' })).toEqual([]);
    const { endDate: _, ...oneDay } = goodSummit;
    expect(issues(summitSchema, oneDay)).toEqual([]);
  });

  it('refuses an end date before the start date', () => {
    expect(issues(summitSchema, { ...goodSummit, endDate: '2023-05-18' })).toEqual([
      'endDate: endDate must not be before startDate',
    ]);
  });

  it('refuses an impossible start date', () => {
    expect(issues(summitSchema, { ...goodSummit, startDate: '2023-02-29', endDate: undefined })).toEqual([
      'startDate: "2023-02-29" is not a real calendar date',
    ]);
  });
});

describe('countrySchema', () => {
  const goodCountry = { id: 'japan', name: 'Japan', officialName: 'Japan', iso2: 'JP', aliases: [] };

  it('accepts a good country', () => {
    expect(issues(countrySchema, goodCountry)).toEqual([]);
  });

  it.each(['jp', 'Jp', 'JPN', 'J', ''])('refuses the ISO code %j', (iso2) => {
    expect(issues(countrySchema, { ...goodCountry, iso2 })).toEqual([
      'iso2: must be an upper-case ISO 3166-1 alpha-2 code such as "KR"',
    ]);
  });

  it('refuses a blank alias', () => {
    expect(issues(countrySchema, { ...goodCountry, aliases: ['Nippon', ''] })).toEqual([
      'aliases[1]: must not be empty',
    ]);
  });
});

describe('programSchema', () => {
  const goodProgram = {
    id: 'artemis',
    name: 'Artemis',
    description: 'Return to the Moon.',
    leadAgencies: ['NASA'],
    partners: ['japan'],
  };

  it('accepts a good program and fills in the defaults', () => {
    expect(issues(programSchema, goodProgram)).toEqual([]);
    expect(programSchema.parse({ id: 'x', name: 'X', description: 'Y' })).toEqual({
      id: 'x',
      name: 'X',
      description: 'Y',
      leadAgencies: [],
      partners: [],
    });
  });

  it('refuses partners that are not ids, and a missing description', () => {
    const { description: _, ...withoutDescription } = goodProgram;
    expect(issues(programSchema, { ...withoutDescription, partners: ['United States'] })).toEqual([
      'description: is required',
      'partners[0]: must be lower-case letters, digits and hyphens, such as "south-korea"',
    ]);
  });
});
