/** Small typed builders for the plain data the archive and the validator work on. */
import type { ArchiveInput, ArticleRecord } from '../../src/domain/archive.ts';
import type { TaxonomyKind } from '../../src/domain/taxonomy.ts';
import type { AgreementMention } from '../../src/schemas/article.ts';
import type { Country } from '../../src/schemas/country.ts';
import type { Leader } from '../../src/schemas/leader.ts';
import type { Program } from '../../src/schemas/program.ts';
import type { Summit } from '../../src/schemas/summit.ts';

export function articleRecord(id: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    file: `content/articles/${id}.md`,
    title: `Title of ${id}`,
    description: `Description of ${id}`,
    date: '2022-05-23',
    leaders: [],
    countries: [],
    programs: [],
    agreements: [],
    source: { publication: 'SpaceNews' },
    draft: false,
    readingMinutes: 3,
    ...overrides,
  };
}

export function agreementMention(id: string, overrides: Partial<AgreementMention> = {}): AgreementMention {
  return {
    id,
    title: `Title of ${id}`,
    kind: 'joint-statement',
    status: 'announced',
    parties: ['japan', 'united-states'],
    programs: [],
    ...overrides,
  };
}

export const countries: Country[] = [
  {
    id: 'united-states',
    name: 'United States',
    officialName: 'United States of America',
    iso2: 'US',
    aliases: ['USA'],
  },
  { id: 'japan', name: 'Japan', officialName: 'Japan', iso2: 'JP', aliases: [] },
  { id: 'south-korea', name: 'South Korea', officialName: 'Republic of Korea', iso2: 'KR', aliases: ['ROK'] },
];

export const leaders: Leader[] = [
  {
    id: 'joe-biden',
    name: 'Joe Biden',
    country: 'united-states',
    offices: [{ title: 'President', from: '2021-01-20' }],
  },
  {
    id: 'fumio-kishida',
    name: 'Fumio Kishida',
    nativeName: '岸田文雄',
    nativeNameLang: 'ja',
    country: 'japan',
    offices: [{ title: 'Prime Minister', from: '2021-10-04' }],
  },
  { id: 'yoon-suk-yeol', name: 'Yoon Suk-yeol', country: 'south-korea', offices: [{ title: 'President' }] },
];

export const programs: Program[] = [
  {
    id: 'lunar-gateway',
    name: 'Lunar Gateway',
    description: 'Station around the Moon.',
    leadAgencies: ['NASA'],
    partners: ['united-states', 'japan'],
  },
  {
    id: 'artemis',
    name: 'Artemis',
    description: 'Return to the Moon.',
    leadAgencies: ['NASA'],
    partners: ['united-states'],
  },
];

export const summits: Summit[] = [
  {
    id: 'seoul-2022',
    name: 'Seoul summit',
    startDate: '2022-05-21',
    city: 'Seoul',
    country: 'south-korea',
    leaders: ['joe-biden', 'yoon-suk-yeol'],
  },
  {
    id: 'tokyo-2022',
    name: 'Tokyo summit',
    startDate: '2022-05-23',
    city: 'Tokyo',
    country: 'japan',
    leaders: ['joe-biden', 'fumio-kishida'],
  },
];

export const dataFiles: Record<TaxonomyKind, string> = {
  countries: 'content/countries.yaml',
  programs: 'content/programs.yaml',
  leaders: 'content/leaders.yaml',
  summits: 'content/summits.yaml',
};

export function archiveInput(articles: ArticleRecord[], overrides: Partial<ArchiveInput> = {}): ArchiveInput {
  return { articles, countries, leaders, programs, summits, ...overrides };
}

/** `YYYY-MM-DD`, `days` after 1 January 2022. */
export function day(days: number): string {
  return new Date(Date.UTC(2022, 0, 1 + days)).toISOString().slice(0, 10);
}
