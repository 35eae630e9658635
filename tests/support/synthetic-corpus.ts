/**
 * Deterministic synthetic corpora for build tests (and benchmarks): data files and N articles with
 * realistic frontmatter, written into a folder of the caller's choosing, never into `content/`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';

export interface CorpusOptions {
  articles: number;
  /** Extra articles with `draft: true`, which production builds must leave out. */
  drafts?: number;
  seed?: number;
}

export interface CorpusArticle {
  id: string;
  title: string;
  date: string;
  summit?: string;
  leaders: string[];
  countries: string[];
  programs: string[];
  agreements: { id: string; title: string; kind: string; status: string; parties: string[]; programs: string[]; date?: string }[];
  draft: boolean;
  /** File name of a picture written next to the article. */
  image?: string;
}

export interface Corpus {
  countries: { id: string; name: string; officialName: string; iso2: string; aliases: string[] }[];
  leaders: { id: string; name: string; country: string; offices: { title: string; from?: string; to?: string }[] }[];
  programs: { id: string; name: string; description: string; leadAgencies: string[]; partners: string[] }[];
  summits: { id: string; name: string; startDate: string; city: string; country: string; leaders: string[] }[];
  articles: CorpusArticle[];
}

/** Small, fast, seedable PRNG (mulberry32): the same seed always gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRY_NAMES = [
  ['Aldoria', 'Republic of Aldoria', 'AL'],
  ['Borovia', 'Kingdom of Borovia', 'BV'],
  ['Cestria', 'Federal Republic of Cestria', 'CE'],
  ['Dunmark', 'Commonwealth of Dunmark', 'DU'],
  ['Estmere', 'Union of Estmere', 'ES'],
] as const;

const PROGRAM_NAMES = ['Lunar Relay', 'Orbital Watch', 'Deep Sky Navigation', 'Crewed Lander'] as const;

const WORDS = (
  'launch orbit satellite agency treaty partner crew module lander station relay signal ' +
  'navigation summit minister delegation budget schedule mission payload rocket tracking'
).split(' ');

const pad = (n: number) => String(n).padStart(2, '0');

export function makeCorpus({ articles, drafts = 0, seed = 1 }: CorpusOptions): Corpus {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pickSome = <T>(list: readonly T[], max: number): T[] => {
    const count = 1 + Math.floor(rand() * max);
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };

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
    { id: 'alpha-2021', name: 'Alpha summit', startDate: '2021-03-10', city: 'Alpha City', country: 'aldoria', leaders: ['leader-aldoria', 'leader-borovia'] },
    { id: 'beta-2022', name: 'Beta summit', startDate: '2022-06-15', city: 'Beta Town', country: 'cestria', leaders: ['leader-cestria', 'leader-dunmark'] },
    { id: 'gamma-2022', name: 'Gamma summit', startDate: '2022-11-02', city: 'Gamma Port', country: 'estmere', leaders: ['leader-estmere', 'leader-aldoria'] },
  ];
  const agreementPool = [
    { id: 'relay-accord', title: 'Lunar relay accord', kind: 'agreement', parties: ['aldoria', 'borovia'], programs: ['lunar-relay'] },
    { id: 'watch-dialogue', title: 'Orbital watch dialogue', kind: 'dialogue', parties: ['cestria', 'dunmark'], programs: ['orbital-watch'] },
    { id: 'lander-pledge', title: 'Crewed lander pledge', kind: 'pledge', parties: ['estmere'], programs: ['crewed-lander'] },
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
      leaders: summit ? summit.leaders : pickSome(leaders.map((l) => l.id), 2),
      countries: pickSome(countries.map((c) => c.id), 3),
      programs: pickSome(programs.map((p) => p.id), 2),
      agreements: agreement ? [{ ...agreement, status: pick(statuses) }] : [],
      draft: index >= articles,
      ...(index === 0 ? { image: 'cover.png' } : {}),
    };
  });
  return { countries, leaders, programs, summits, articles: list };
}

function body(article: CorpusArticle, rand: () => number): string {
  const sentence = () =>
    Array.from({ length: 12 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ') + '.';
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
  await sharp(pixels, { raw: { width, height, channels: 3 } }).png().toFile(file);
}

/** Writes the corpus as data files and Markdown articles under `dir`. */
export async function writeCorpus(dir: string, corpus: Corpus, seed = 1): Promise<void> {
  const rand = random(seed + 1);
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  for (const kind of ['countries', 'leaders', 'programs', 'summits'] as const) {
    await writeFile(path.join(dir, `${kind}.yaml`), stringify(corpus[kind]));
  }
  for (const article of corpus.articles) {
    const { id, draft, image, ...fields } = article;
    const frontmatter = {
      ...fields,
      ...(image ? { image: { src: `./${image}`, alt: 'A generated test pattern', credit: 'Test Studio', caption: 'A caption' } } : {}),
      description: `A synthetic dek for ${article.title.toLowerCase()}.`,
      source: { publication: 'Synthetic Wire', author: 'Test Writer' },
      ...(draft ? { draft: true } : {}),
    };
    const file = path.join(dir, 'articles', `${id}.md`);
    await mkdir(path.dirname(file), { recursive: true });
    if (image) await writeTestImage(path.join(path.dirname(file), image));
    // Dates are quoted, as the editors' guide requires.
    const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
    await writeFile(file, `---\n${yaml}---\n\n${body(article, rand)}\n`);
  }
}
