/**
 * Deterministic synthetic corpora for build tests (and benchmarks): data files and N articles with
 * realistic frontmatter, written into a folder of the caller's choosing, never into `content/`.
 * On request, Japanese and Korean translations of a share of the articles (`<id>.<lang>.md`) and
 * local names on about half the data entries.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import type { TranslationLanguage } from '../i18n/languages.ts';
import { picker, random, streamSeed, WORDS } from './seeded-random.ts';
import {
  KANA_SYLLABLES,
  KIND_FORMS,
  LOCAL_FORMS,
  translatedBody,
  withTranslations,
  WORD_FORMS,
  type Local,
} from './synthetic-translations.ts';

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
    kind: string;
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
  ];
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
      leaders: summit
        ? summit.leaders
        : pickSome(
            leaders.map((l) => l.id),
            2,
          ),
      countries: pickSome(
        countries.map((c) => c.id),
        3,
      ),
      programs: pickSome(
        programs.map((p) => p.id),
        2,
      ),
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

/**
 * An archive-sized corpus for benchmarks: 40 countries, 60 leaders, 25 programs, a summit a month and
 * 150 agreements, articles spread over 2001–2025. Same seed, same corpus.
 */
export function makeArchiveCorpus({ articles, seed = 1, translations = 0 }: Omit<CorpusOptions, 'drafts'>): Corpus {
  const { pick, pickSome } = picker(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const name = (n: number) =>
    `${letters[n % 26]!.toUpperCase()}${letters[(n * 7) % 26]}${letters[(n * 11 + 3) % 26]}ovia`;
  const countries = Array.from({ length: 40 }, (_, n) => ({
    id: `country-${n + 1}`,
    name: `${name(n)} ${n + 1}`,
    officialName: `Republic of ${name(n)} ${n + 1}`,
    iso2: `${letters[Math.floor(n / 26)]!.toUpperCase()}${letters[n % 26]!.toUpperCase()}`,
    aliases: [],
  }));
  const leaders = Array.from({ length: 60 }, (_, n) => ({
    id: `leader-${n + 1}`,
    name: `Leader Number ${n + 1}`,
    country: countries[n % countries.length]!.id,
    offices: [
      { title: `Head of government of ${countries[n % countries.length]!.name}`, from: '2000-01-01', to: '2012-12-31' },
      { title: `Minister of space of ${countries[n % countries.length]!.name}`, from: '2013-01-01' },
    ],
  }));
  const programs = Array.from({ length: 25 }, (_, n) => ({
    id: `program-${n + 1}`,
    name: `Program ${n + 1}`,
    description: `Program ${n + 1} is a synthetic space program used by the benchmark.`,
    leadAgencies: [`Agency ${(n % 7) + 1}`],
    partners: pickSome(
      countries.map((c) => c.id),
      4,
    ),
  }));
  const summits = Array.from({ length: 300 }, (_, n) => {
    const host = countries[n % countries.length]!;
    return {
      id: `summit-${n + 1}`,
      name: `Summit ${n + 1} in ${host.name}`,
      startDate: `${2001 + Math.floor(n / 12)}-${pad(1 + (n % 12))}-15`,
      city: `City ${n + 1}`,
      country: host.id,
      leaders: pickSome(
        leaders.map((l) => l.id),
        3,
      ),
    };
  });
  const kinds = [
    'joint-statement',
    'memorandum-of-understanding',
    'implementation-agreement',
    'agreement',
    'dialogue',
    'pledge',
  ];
  const agreementPool = Array.from({ length: 150 }, (_, n) => ({
    id: `agreement-${n + 1}`,
    title: `Agreement ${n + 1} on ${pick(WORDS)}`,
    kind: kinds[n % kinds.length]!,
    parties: pickSome(
      countries.map((c) => c.id),
      3,
    ).sort(),
    programs: pickSome(
      programs.map((p) => p.id),
      2,
    ),
  }));
  const statuses = ['announced', 'in-negotiation', 'signed', 'in-force', 'dormant'];
  const list: CorpusArticle[] = Array.from({ length: articles }, (_, index) => {
    const day = Math.floor((index / articles) * 25 * 365);
    const date = new Date(Date.UTC(2001, 0, 1 + day)).toISOString().slice(0, 10);
    const summit = index % 3 === 0 ? pick(summits) : undefined;
    const agreements = index % 2 === 0 ? pickSome(agreementPool, 2).map((a) => ({ ...a, status: pick(statuses) })) : [];
    return {
      id: `${date.slice(0, 4)}/report-${String(index + 1).padStart(6, '0')}`,
      title: `Report ${index + 1}: ${pick(WORDS)} ${pick(WORDS)} talks advance`,
      date,
      ...(summit ? { summit: summit.id } : {}),
      leaders: summit
        ? summit.leaders
        : pickSome(
            leaders.map((l) => l.id),
            3,
          ),
      countries: pickSome(
        countries.map((c) => c.id),
        4,
      ),
      programs: pickSome(
        programs.map((p) => p.id),
        3,
      ),
      agreements,
      draft: false,
    };
  });
  // Made-up names in katakana and hangul, numbered as the English ones are.
  const countryForms = countries.map((_, n): Local => {
    const [first, second] = [KANA_SYLLABLES[n % 15]!, KANA_SYLLABLES[(n * 7 + 3) % 15]!];
    return { ja: `${first.ja}${second.ja}ビア${n + 1}`, ko: `${first.ko}${second.ko}비아 ${n + 1}` };
  });
  return withTranslations(
    { countries, leaders, programs, summits, articles: list },
    {
      countries: countryForms,
      leaders: leaders.map((_, n) => ({ ja: `指導者ナンバー${n + 1}`, ko: `지도자 넘버 ${n + 1}` })),
      programs: programs.map((_, n) => ({ ja: `プログラム${n + 1}`, ko: `프로그램 ${n + 1}` })),
      summits: summits.map((_, n) => {
        const host = countryForms[n % countryForms.length]!;
        return { ja: `${host.ja}首脳会議（第${n + 1}回）`, ko: `제${n + 1}회 ${host.ko} 정상회의` };
      }),
      agreement: ({ id, title, kind }) => {
        const number = id.slice('agreement-'.length);
        const topic = WORD_FORMS[title.split(' ').at(-1)!]!;
        const name = KIND_FORMS[kind]!;
        return {
          ja: `${topic.ja}に関する${name.ja}（第${number}号）`,
          ko: `${topic.ko}에 관한 ${name.ko}(제${number}호)`,
        };
      },
    },
    translations,
    seed,
  );
}

/** A 500–900-word report with headings, a list, a link and a quotation. */
function longBody(rand: () => number): string {
  const word = () => WORDS[Math.floor(rand() * WORDS.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 10 + Math.floor(rand() * 8) }, word);
    return `${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
  };
  const target = 500 + Math.floor(rand() * 400);
  const parts: string[] = [];
  let words = 0;
  let section = 0;
  while (words < target) {
    if (words > 0 && words / 150 > section) {
      section++;
      parts.push(`## Section ${section}: the ${word()} question`);
    }
    const paragraph = Array.from({ length: 3 + Math.floor(rand() * 3) }, sentence).join(' ');
    parts.push(paragraph);
    words += paragraph.split(' ').length;
    if (section === 1 && parts.length === 4)
      parts.push(`- the ${word()} track\n- the ${word()} budget\n- the ${word()} schedule`);
    if (section === 2 && parts.at(-1)!.startsWith('>') === false && rand() < 0.3) {
      parts.push(`> "We will ${word()} together," a spokesperson said.`);
    }
  }
  parts.push(`Background on the [agency programme](https://example.net/${word()}).`);
  return parts.join('\n\n');
}

function body(article: CorpusArticle, rand: () => number): string {
  const sentence = () => Array.from({ length: 12 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ') + '.';
  const paragraph = () => Array.from({ length: 4 }, sentence).join(' ');
  return [
    paragraph(),
    '## Background',
    paragraph(),
    '- first point\n- second point',
    '> A quoted statement, attributed to a spokesperson.',
    `## Outlook for ${article.title.split(' ').at(-1)}`,
    `${paragraph()} See [the agency](https://example.net/agency).`,
  ].join('\n\n');
}

/** A small, deterministic PNG, so image handling runs on real pixels. */
async function writeTestImage(file: string): Promise<void> {
  const width = 1600;
  const height = 900;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) {
    const x = (i / 3) % width;
    pixels[i] = x % 256;
    pixels[i + 1] = 80;
    pixels[i + 2] = 160;
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toFile(file);
}

/**
 * Writes the corpus as data files and Markdown articles under `dir`, and its translations beside
 * their originals; `longBodies` gives every article a 500–900-word body (benchmarks), otherwise a
 * short one (tests); translations get bodies of the same lengths in their language.
 */
export async function writeCorpus(dir: string, corpus: Corpus, seed = 1, { longBodies = false } = {}): Promise<void> {
  const rand = random(seed + 1);
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  for (const kind of ['countries', 'leaders', 'programs', 'summits'] as const) {
    await writeFile(path.join(dir, `${kind}.yaml`), stringify(corpus[kind]));
  }
  for (const article of corpus.articles) {
    const { id, draft, image, ...fields } = article;
    const frontmatter = {
      ...fields,
      ...(image
        ? { image: { src: `./${image}`, alt: 'A generated test pattern', credit: 'Test Studio', caption: 'A caption' } }
        : {}),
      description: `A synthetic dek for ${article.title.toLowerCase()}.`,
      source: { publication: 'Synthetic Wire', author: 'Test Writer' },
      ...(draft ? { draft: true } : {}),
    };
    const file = path.join(dir, 'articles', `${id}.md`);
    await mkdir(path.dirname(file), { recursive: true });
    if (image) await writeTestImage(path.join(path.dirname(file), image));
    // Dates are quoted, as the editors' guide requires.
    const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
    await writeFile(file, `---\n${yaml}---\n\n${longBodies ? longBody(rand) : body(article, rand)}\n`);
  }
  // Translations draw from a stream of their own: the English bodies stay those of the same seed.
  const translationRand = random(streamSeed(seed, 2));
  for (const translation of corpus.translations) {
    const { id, lang, title, description, translator, translationNote, agreementTitles } = translation;
    const frontmatter = {
      title,
      description,
      translator,
      ...(translationNote ? { translationNote } : {}),
      ...(agreementTitles ? { agreementTitles } : {}),
    };
    const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
    await writeFile(
      path.join(dir, 'articles', `${id}.${lang}.md`),
      `---\n${yaml}---\n\n${translatedBody(translation, longBodies, translationRand)}\n`,
    );
  }
}
