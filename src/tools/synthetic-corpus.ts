/**
 * Deterministic synthetic corpora for build tests: data files and N articles with realistic
 * frontmatter, for a folder of the caller's choosing (corpus-files.ts writes them), never
 * `content/`. On request, Japanese and Korean translations of a share of the articles
 * (`<id>.<lang>.md`) and local names on about half the data entries. The benchmark's
 * archive-sized corpus is in archive-corpus.ts.
 */
import type { TranslationLanguage } from '../i18n/languages.ts';
import type { AgreementKind } from '../schemas/article.ts';
import { picker, WORDS } from './seeded-random.ts';
import { LOCAL_FORMS, type Local } from './synthetic-names.ts';
import { withTranslations } from './synthetic-translations.ts';

export interface CorpusOptions {
  articles: number;
  /** Extra articles with `draft: true`, which production builds must leave out. */
  drafts?: number;
  seed?: number;
  /**
   * The share (0..1) of non-draft articles translated into each translation language (ja, ko).
   * Above 0, about half the data entries get local `names` too. 0, the default, leaves both out:
   * the same seed then gives the same corpus, byte for byte, as before translations existed.
   */
  translations?: number;
}

/** A data entry's names in the site's other languages (`names: { ja, ko }`), each optional. */
export type LocalNames = Partial<Record<TranslationLanguage, string>>;

/** A translation, written as `<id>.<lang>.md` beside its original. */
export interface CorpusTranslation {
  /** The original's id. */
  id: string;
  lang: TranslationLanguage;
  title: string;
  description: string;
  translator: string;
  translationNote?: string;
  /** Local titles of agreements the original mentions, by agreement id. */
  agreementTitles?: Record<string, string>;
  /** Local forms of the original's countries and of one of its programs, which the body mentions. */
  mentions: { countries: string[]; program: string };
}

export interface CorpusArticle {
  id: string;
  title: string;
  date: string;
  summit?: string;
  leaders: string[];
  countries: string[];
  programs: string[];
  agreements: {
    id: string;
    title: string;
    kind: AgreementKind;
    status: string;
    parties: string[];
    programs: string[];
    date?: string;
  }[];
  draft: boolean;
  /** File name of a picture written next to the article. */
  image?: string;
}

export interface Corpus {
  countries: { id: string; name: string; names?: LocalNames; officialName: string; iso2: string; aliases: string[] }[];
  leaders: {
    id: string;
    name: string;
    names?: LocalNames;
    country: string;
    offices: { title: string; from?: string; to?: string }[];
  }[];
  programs: {
    id: string;
    name: string;
    names?: LocalNames;
    description: string;
    leadAgencies: string[];
    partners: string[];
  }[];
  summits: {
    id: string;
    name: string;
    names?: LocalNames;
    startDate: string;
    city: string;
    country: string;
    leaders: string[];
  }[];
  articles: CorpusArticle[];
  /** Empty unless `translations` was asked for: by language, then in the articles' order. */
  translations: CorpusTranslation[];
}

const COUNTRY_NAMES = [
  ['Aldoria', 'Republic of Aldoria', 'AL'],
  ['Borovia', 'Kingdom of Borovia', 'BV'],
  ['Cestria', 'Federal Republic of Cestria', 'CE'],
  ['Dunmark', 'Commonwealth of Dunmark', 'DU'],
  ['Estmere', 'Union of Estmere', 'ES'],
] as const;

const PROGRAM_NAMES = ['Lunar Relay', 'Orbital Watch', 'Deep Sky Navigation', 'Crewed Lander'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** At most how many leaders, countries and programs an article names. */
export interface TermCounts {
  leaders: number;
  countries: number;
  programs: number;
}

/**
 * An article's leaders (its summit's, else some picked), countries and programs, picked in that
 * order from the corpus's data: both corpora draw them alike, with their own counts.
 */
export function pickTerms(
  pickSome: ReturnType<typeof picker>['pickSome'],
  data: Record<'leaders' | 'countries' | 'programs', readonly { id: string }[]>,
  summit: { leaders: string[] } | undefined,
  most: TermCounts,
): Pick<CorpusArticle, 'leaders' | 'countries' | 'programs'> {
  const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);
  return {
    leaders: summit ? summit.leaders : pickSome(ids(data.leaders), most.leaders),
    countries: pickSome(ids(data.countries), most.countries),
    programs: pickSome(ids(data.programs), most.programs),
  };
}

export function makeCorpus({ articles, drafts = 0, seed = 1, translations = 0 }: CorpusOptions): Corpus {
  const { pick, pickSome } = picker(seed);

  const countries = COUNTRY_NAMES.map(([name, officialName, iso2]) => ({
    id: name.toLowerCase(),
    name,
    officialName,
    iso2,
    aliases: [],
  }));
  const leaders = countries.flatMap((country, index) => [
    {
      id: `leader-${country.id}`,
      name: `Leader of ${country.name}`,
      country: country.id,
      offices: [{ title: `Head of government of ${country.name}`, from: `20${pad(10 + index)}-01-01` }],
    },
  ]);
  const programs = PROGRAM_NAMES.map((name, index) => ({
    id: name.toLowerCase().replaceAll(' ', '-'),
    name,
    description: `${name} is a synthetic program used by the build tests.`,
    leadAgencies: [`Agency ${index + 1}`],
    partners: countries.slice(index, index + 2).map((c) => c.id),
  }));
  const summits = [
    {
      id: 'alpha-2021',
      name: 'Alpha summit',
      startDate: '2021-03-10',
      city: 'Alpha City',
      country: 'aldoria',
      leaders: ['leader-aldoria', 'leader-borovia'],
    },
    {
      id: 'beta-2022',
      name: 'Beta summit',
      startDate: '2022-06-15',
      city: 'Beta Town',
      country: 'cestria',
      leaders: ['leader-cestria', 'leader-dunmark'],
    },
    {
      id: 'gamma-2022',
      name: 'Gamma summit',
      startDate: '2022-11-02',
      city: 'Gamma Port',
      country: 'estmere',
      leaders: ['leader-estmere', 'leader-aldoria'],
    },
  ];
  const agreementPool = [
    {
      id: 'relay-accord',
      title: 'Lunar relay accord',
      kind: 'agreement',
      parties: ['aldoria', 'borovia'],
      programs: ['lunar-relay'],
    },
    {
      id: 'watch-dialogue',
      title: 'Orbital watch dialogue',
      kind: 'dialogue',
      parties: ['cestria', 'dunmark'],
      programs: ['orbital-watch'],
    },
    {
      id: 'lander-pledge',
      title: 'Crewed lander pledge',
      kind: 'pledge',
      parties: ['estmere'],
      programs: ['crewed-lander'],
    },
  ] satisfies Omit<CorpusArticle['agreements'][number], 'status'>[];
  const statuses = ['announced', 'in-negotiation', 'signed', 'in-force'];

  const list: CorpusArticle[] = Array.from({ length: articles + drafts }, (_, index) => {
    const year = 2021 + (index % 2);
    const date = `${year}-${pad(1 + (index % 12))}-${pad(1 + (index % 28))}`;
    const summit = index % 3 === 0 ? pick(summits) : undefined;
    const agreement = index % 4 === 0 ? pick(agreementPool) : undefined;
    return {
      id: `${year}/synthetic-report-${String(index + 1).padStart(4, '0')}`,
      title: `Synthetic report ${index + 1} on ${pick(WORDS)} ${pick(WORDS)}`,
      date,
      ...(summit ? { summit: summit.id } : {}),
      ...pickTerms(pickSome, { leaders, countries, programs }, summit, { leaders: 2, countries: 3, programs: 2 }),
      agreements: agreement ? [{ ...agreement, status: pick(statuses) }] : [],
      draft: index >= articles,
      ...(index === 0 ? { image: 'cover.png' } : {}),
    };
  });
  const local = (name: string): Local => LOCAL_FORMS[name]!;
  return withTranslations(
    { countries, leaders, programs, summits, articles: list },
    {
      countries: countries.map((c) => local(c.name)),
      leaders: leaders.map((l) => {
        const country = local(countries.find((c) => c.id === l.country)!.name);
        return { ja: `${country.ja}の首脳`, ko: `${country.ko} 정상` };
      }),
      programs: programs.map((p) => local(p.name)),
      summits: summits.map((s) => local(s.name)),
      agreement: (agreement) => local(agreement.title),
    },
    translations,
    seed,
  );
}
