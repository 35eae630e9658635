import { translationOf } from '../../src/pipeline/article-id.ts';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ArticleRecord } from '../../src/domain/archive.ts';
import { todayIn } from '../../src/domain/dates.ts';
import { parseDataFile } from '../../src/pipeline/yaml-data-loader.ts';
import { articleSchema, countrySchema, leaderSchema, programSchema, summitSchema } from '../../src/schemas/index.ts';
import {
  ContentError,
  findProblems,
  formatProblem,
  type Problem,
  type ValidationInput,
} from '../../src/domain/validate.ts';
import { agreementMention, articleRecord, countries, dataFiles, leaders, programs, summits } from './_fixtures.ts';

const today = '2022-06-01';

function input(articles: ArticleRecord[], overrides: Partial<ValidationInput> = {}): ValidationInput {
  return { articles, countries, leaders, programs, summits, dataFiles, today, ...overrides };
}

const check = (articles: ArticleRecord[], overrides: Partial<ValidationInput> = {}) =>
  findProblems(input(articles, overrides)).map(formatProblem);

const good = articleRecord('2022/good', {
  file: 'content/articles/2022/good.md',
  summit: 'tokyo-2022',
  leaders: ['joe-biden', 'fumio-kishida'],
  countries: ['japan', 'united-states'],
  programs: ['artemis'],
  agreements: [agreementMention('us-japan-statement', { programs: ['artemis', 'lunar-gateway'] })],
});

describe('findProblems on consistent content', () => {
  it('finds nothing', () => {
    expect(findProblems(input([good]))).toEqual([]);
  });
});

describe('formatProblem', () => {
  it('writes file, field and message separated by colons', () => {
    expect(
      formatProblem({ file: 'content/leaders.yaml', field: 'joe-biden.country', message: 'unknown country "usa"' }),
    ).toBe('content/leaders.yaml: joe-biden.country: unknown country "usa"');
  });
});

describe('unknown references in articles', () => {
  const file = 'content/articles/2022/x.md';

  it('names the leader and suggests the closest id', () => {
    expect(check([articleRecord('2022/x', { file, leaders: ['joe-biden', 'fumio-kishda'] })])).toEqual([
      `${file}: leaders[1]: unknown leader "fumio-kishda" — did you mean "fumio-kishida"?`,
    ]);
  });

  it('names the country and suggests the closest id', () => {
    expect(check([articleRecord('2022/x', { file, countries: ['japn'] })])).toEqual([
      `${file}: countries[0]: unknown country "japn" — did you mean "japan"?`,
    ]);
  });

  it('names the program and suggests the closest id', () => {
    expect(check([articleRecord('2022/x', { file, programs: ['artemis', 'lunar-gatway'] })])).toEqual([
      `${file}: programs[1]: unknown program "lunar-gatway" — did you mean "lunar-gateway"?`,
    ]);
  });

  it('names the summit and suggests the closest id', () => {
    expect(check([articleRecord('2022/x', { file, summit: 'tokyo-2021' })])).toEqual([
      `${file}: summit: unknown summit "tokyo-2021" — did you mean "tokyo-2022"?`,
    ]);
  });

  it('points to the data file when nothing is close', () => {
    expect(check([articleRecord('2022/x', { file, leaders: ['emmanuel-macron'], countries: ['france'] })])).toEqual([
      `${file}: leaders[0]: unknown leader "emmanuel-macron" — add it to content/leaders.yaml first`,
      `${file}: countries[0]: unknown country "france" — add it to content/countries.yaml first`,
    ]);
  });

  it('uses the data file paths it is given', () => {
    const problems = findProblems(
      input([articleRecord('2022/x', { file, programs: ['iss'] })], {
        dataFiles: { ...dataFiles, programs: 'fixtures/corpus/programs.yaml' },
      }),
    );
    expect(problems[0]?.message).toBe('unknown program "iss" — add it to fixtures/corpus/programs.yaml first');
  });

  it('checks the parties and programs of every agreement', () => {
    const article = articleRecord('2022/x', {
      file,
      agreements: [
        agreementMention('one', { parties: ['japan', 'untied-states'] }),
        agreementMention('two', { programs: ['artemis', 'mars-sample-return'] }),
      ],
    });
    expect(check([article])).toEqual([
      `${file}: agreements[0].parties[1]: unknown country "untied-states" — did you mean "united-states"?`,
      `${file}: agreements[1].programs[1]: unknown program "mars-sample-return" — add it to content/programs.yaml first`,
    ]);
  });
});

describe('unknown references in data files', () => {
  it("checks a leader's country", () => {
    const problems = check([], {
      leaders: [
        ...leaders,
        { id: 'lee-jae-myung', name: 'Lee Jae-myung', country: 'south-koera', offices: [{ title: 'President' }] },
      ],
    });
    expect(problems).toEqual([
      'content/leaders.yaml: lee-jae-myung.country: unknown country "south-koera" — did you mean "south-korea"?',
    ]);
  });

  it("checks a program's partners", () => {
    const problems = check([], {
      programs: [
        ...programs,
        { id: 'iss', name: 'ISS', description: 'Station.', leadAgencies: [], partners: ['united-states', 'canada'] },
      ],
    });
    expect(problems).toEqual([
      'content/programs.yaml: iss.partners[1]: unknown country "canada" — add it to content/countries.yaml first',
    ]);
  });

  it("checks a summit's country and leaders", () => {
    const problems = check([], {
      summits: [
        ...summits,
        {
          id: 'camp-david-2023',
          name: 'Camp David',
          startDate: '2023-08-18',
          city: 'Thurmont',
          country: 'usa',
          leaders: ['joe-biden', 'fumio-kishida', 'yoon-suk-yeo'],
        },
      ],
    });
    expect(problems).toEqual([
      'content/summits.yaml: camp-david-2023.country: unknown country "usa" — add it to content/countries.yaml first',
      'content/summits.yaml: camp-david-2023.leaders[2]: unknown leader "yoon-suk-yeo" — did you mean "yoon-suk-yeol"?',
    ]);
  });
});

describe('duplicate ids in data files', () => {
  it('are left to parseDataFile, which reads each data file, so that each is reported once', () => {
    const problems = findProblems(
      input([], {
        countries: [...countries, { id: 'japan', name: 'Nippon', officialName: 'Japan', iso2: 'JP', aliases: [] }],
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe('future dates', () => {
  it('refuses a published article dated after today', () => {
    expect(check([articleRecord('2022/x', { file: 'content/articles/2022/x.md', date: '2022-06-02' })])).toEqual([
      'content/articles/2022/x.md: date: "2022-06-02" is in the future — correct the date, or add "draft: true" until it is published',
    ]);
  });

  it('accepts a future date on a draft', () => {
    expect(check([articleRecord('2022/x', { date: '2030-01-01', draft: true })])).toEqual([]);
  });

  it('accepts today and earlier dates', () => {
    expect(check([articleRecord('a', { date: today }), articleRecord('b', { date: '2014-07-01' })])).toEqual([]);
  });

  it('still checks the references of a draft', () => {
    expect(check([articleRecord('d', { draft: true, countries: ['japn'] })])).toHaveLength(1);
  });
});

describe('agreements that disagree across articles', () => {
  const first = articleRecord('2022/a', {
    file: 'content/articles/2022/a.md',
    agreements: [
      agreementMention('pledge', { title: 'Moon pledge', kind: 'pledge', parties: ['japan', 'united-states'] }),
    ],
  });

  it('accepts the same agreement with parties in another order and a new status', () => {
    const second = articleRecord('2022/b', {
      agreements: [
        agreementMention('pledge', {
          title: 'Moon pledge',
          kind: 'pledge',
          status: 'signed',
          parties: ['united-states', 'japan'],
        }),
      ],
    });
    expect(check([first, second])).toEqual([]);
  });

  it('reports a different title, kind and parties, naming the first file', () => {
    const second = articleRecord('2022/b', {
      file: 'content/articles/2022/b.md',
      agreements: [
        agreementMention('other'),
        agreementMention('pledge', { title: 'Lunar pledge', kind: 'joint-statement', parties: ['japan'] }),
      ],
    });
    expect(check([first, second])).toEqual([
      'content/articles/2022/b.md: agreements[1].title: agreement "pledge" has title "Lunar pledge" here but "Moon pledge" in content/articles/2022/a.md — use the same title, or a different id for a different agreement',
      'content/articles/2022/b.md: agreements[1].kind: agreement "pledge" has kind "joint-statement" here but "pledge" in content/articles/2022/a.md — use the same kind, or a different id for a different agreement',
      'content/articles/2022/b.md: agreements[1].parties: agreement "pledge" has parties "japan" here but "japan, united-states" in content/articles/2022/a.md — use the same parties, or a different id for a different agreement',
    ]);
  });
});

describe('several problems at once', () => {
  it('reports every problem of every file in one pass', () => {
    const problems = findProblems(
      input(
        [
          articleRecord('2022/a', { file: 'a.md', leaders: ['joe-bidden'], date: '2022-07-01' }),
          articleRecord('2022/b', { file: 'b.md', summit: 'paris-2024', programs: ['artemis', 'artemiss'] }),
        ],
        { leaders: [...leaders, { id: 'x', name: 'X', country: 'atlantis', offices: [{ title: 'King' }] }] },
      ),
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/leaders.yaml: x.country: unknown country "atlantis" — add it to content/countries.yaml first',
      'a.md: leaders[0]: unknown leader "joe-bidden" — did you mean "joe-biden"?',
      'a.md: date: "2022-07-01" is in the future — correct the date, or add "draft: true" until it is published',
      'b.md: summit: unknown summit "paris-2024" — add it to content/summits.yaml first',
      'b.md: programs[1]: unknown program "artemiss" — did you mean "artemis"?',
    ]);
  });

  it('ContentError lists every problem, one per line, and keeps them', () => {
    const problems: Problem[] = [
      { file: 'a.md', field: 'date', message: 'is not a real calendar date' },
      { file: 'b.md', field: 'leaders[0]', message: 'unknown leader "x"' },
    ];
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toBe(problems);
    expect(error.message).toBe(
      '2 content problems:\n  a.md: date: is not a real calendar date\n  b.md: leaders[0]: unknown leader "x"',
    );
    expect(new ContentError(problems.slice(0, 1)).message).toMatch(/^1 content problem:\n/);
  });
});

describe('the real content', () => {
  it('has no cross-file problem', async () => {
    const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
    const dataProblems: string[] = [];
    const data = async <S extends Parameters<typeof parseDataFile>[2]>(kind: keyof typeof dataFiles, schema: S) => {
      const text = await readFile(path.join(contentDir, `${kind}.yaml`), 'utf8');
      const { entries, problems } = parseDataFile(text, dataFiles[kind], schema);
      dataProblems.push(...problems.map(formatProblem));
      return entries;
    };
    const articleDir = path.join(contentDir, 'articles');
    const files = (await readdir(articleDir, { recursive: true }))
      .filter((f) => f.endsWith('.md') && !translationOf(f))
      .sort();
    const articles = await Promise.all(
      files.map(async (file) => {
        const frontmatter = extractFrontmatter(await readFile(path.join(articleDir, file), 'utf8')) ?? '';
        const record: ArticleRecord = {
          ...articleSchema.parse(parse(frontmatter)),
          id: file.replace(/\.md$/, ''),
          file,
          readingMinutes: 1,
        };
        return record;
      }),
    );
    expect(articles.length).toBeGreaterThan(0);
    const problems = findProblems({
      articles,
      countries: await data('countries', countrySchema),
      leaders: await data('leaders', leaderSchema),
      programs: await data('programs', programSchema),
      summits: await data('summits', summitSchema),
      dataFiles,
      today: todayIn('UTC'),
    });
    expect(dataProblems).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('dates that contradict each other or the calendar', () => {
  it('flags an update before publication and an agreement date in the future', () => {
    const article = articleRecord('2022/dated', {
      date: '2022-05-23',
      updated: '2022-05-01',
      agreements: [agreementMention('pledge', { date: '2099-01' })],
    });
    expect(check([article])).toEqual([
      'content/articles/2022/dated.md: updated: "2022-05-01" is before the publication date "2022-05-23" — correct one of the two',
      'content/articles/2022/dated.md: agreements[0].date: "2099-01" is in the future — report what has happened, with the date it happened',
    ]);
  });
});

describe('lists of ids', () => {
  it('flag an id listed twice, so counts and tags never double', () => {
    const twice = articleRecord('2022/twice', { countries: ['japan', 'united-states', 'japan'] });
    expect(check([twice])).toEqual([
      'content/articles/2022/twice.md: countries[2]: "japan" is listed twice — remove one',
    ]);
  });
});
