/**
 * The synthetic corpus generator (src/tools/synthetic-corpus.ts), which the build tests and the
 * benchmark build: the same seed gives the same files, and asked for translations it writes them
 * beside their originals, in the share asked for, each one a translation the schema accepts.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { translationLanguages } from '../../src/i18n/languages.ts';
import { parseDataFile } from '../../src/pipeline/yaml-data-loader.ts';
import { countrySchema, leaderSchema, programSchema, summitSchema } from '../../src/schemas/index.ts';
import { translationSchema } from '../../src/schemas/translation.ts';
import { makeArchiveCorpus } from '../../src/tools/archive-corpus.ts';
import { writeCorpus } from '../../src/tools/corpus-files.ts';
import { makeCorpus, type Corpus } from '../../src/tools/synthetic-corpus.ts';

const work = mkdtempSync(path.join(tmpdir(), 'sda-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let written = 0;
/** Every file the corpus writes, by path under its folder. */
async function filesOf(corpus: Corpus, seed: number, longBodies = false): Promise<Map<string, Buffer>> {
  const dir = path.join(work, String(written++));
  await writeCorpus(dir, corpus, seed, { longBodies });
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(dir, file))]));
}

const isTranslation = (file: string) => /\.(ja|ko)\.md$/.test(file);
const frontmatterOf = (source: string): Record<string, unknown> =>
  parse(/^---\n([\s\S]*?)\n---\n/.exec(source)![1]!) as Record<string, unknown>;

describe('makeCorpus and writeCorpus without translations', () => {
  it('give the same files for the same seed', async () => {
    const first = await filesOf(makeCorpus({ articles: 30, drafts: 2, seed: 5 }), 5);
    const second = await filesOf(makeCorpus({ articles: 30, drafts: 2, seed: 5 }), 5);
    expect([...second]).toEqual([...first]);
    expect([...first.keys()].filter((file) => file.endsWith('.md'))).toHaveLength(32);
  });

  it('write no translation and no local name', async () => {
    const corpus = makeCorpus({ articles: 30, drafts: 2, seed: 5 });
    expect(corpus.translations).toEqual([]);
    const files = await filesOf(corpus, 5);
    expect([...files.keys()].filter(isTranslation)).toEqual([]);
    for (const kind of ['countries', 'leaders', 'programs', 'summits']) {
      expect(files.get(`${kind}.yaml`)!.toString()).not.toContain('names:');
    }
  });
});

describe.each([
  {
    generator: 'makeCorpus',
    make: (seed: number) => makeCorpus({ articles: 120, drafts: 3, seed, translations: 0.2 }),
  },
  {
    generator: 'makeArchiveCorpus',
    make: (seed: number) => makeArchiveCorpus({ articles: 60, seed, translations: 0.2 }),
  },
])('$generator with translations: 0.2', ({ generator, make }) => {
  const seed = 9;
  const longBodies = generator === 'makeArchiveCorpus';
  const english =
    generator === 'makeCorpus'
      ? makeCorpus({ articles: 120, drafts: 3, seed })
      : makeArchiveCorpus({ articles: 60, seed });
  let files: Map<string, Buffer>;
  beforeAll(async () => {
    files = await filesOf(make(seed), seed, longBodies);
  });

  it('translates about 20% of the published articles into each language, beside their originals', async () => {
    const published = english.articles.filter((article) => !article.draft).map((article) => article.id);
    for (const lang of translationLanguages) {
      const translated = [...files.keys()].filter((file) => file.endsWith(`.${lang}.md`));
      const share = translated.length / published.length;
      expect(share, lang).toBeGreaterThanOrEqual(0.15);
      expect(share, lang).toBeLessThanOrEqual(0.25);
      for (const file of translated) {
        const id = file.replace(/^articles\//, '').replace(`.${lang}.md`, '');
        expect(files.has(`articles/${id}.md`), file).toBe(true);
        expect(published, file).toContain(id);
      }
    }
  });

  it('writes translations the schema accepts, naming only agreements of the original', async () => {
    const corpus = make(seed);
    const originals = new Map(corpus.articles.map((article) => [article.id, article]));
    const translations = [...files.keys()].filter(isTranslation);
    expect(translations.length).toBe(corpus.translations.length);
    let withAgreementTitles = 0;
    for (const file of translations) {
      const source = files.get(file)!.toString();
      const frontmatter = frontmatterOf(source);
      const result = translationSchema.safeParse(frontmatter);
      expect(result.error?.issues, file).toBeUndefined();
      expect(frontmatter['translator'], file).toBe('Synthetic Translator');
      const original = originals.get(file.replace(/^articles\//, '').replace(/\.(ja|ko)\.md$/, ''))!;
      const titles = frontmatter['agreementTitles'] as Record<string, string> | undefined;
      if (titles) {
        withAgreementTitles++;
        const ids = original.agreements.map((agreement) => agreement.id);
        for (const id of Object.keys(titles)) expect(ids, file).toContain(id);
      }
      // Japanese or Korean text, with headings, about as long as real translations of the English.
      const body = source.slice(source.indexOf('\n---\n') + 5);
      expect(body, file).toMatch(file.endsWith('.ja.md') ? /[\u3040-\u30ff]/ : /[\uac00-\ud7a3]/);
      expect(body, file).toMatch(/^## /m);
      expect(body.length, file).toBeGreaterThan(longBodies ? 1200 : 500);
    }
    expect(withAgreementTitles).toBeGreaterThan(0);
  });

  it('gives local names to about half the data entries, as the data schemas accept them', async () => {
    const schemas = { countries: countrySchema, leaders: leaderSchema, programs: programSchema, summits: summitSchema };
    let entries = 0;
    let named = 0;
    for (const [kind, schema] of Object.entries(schemas)) {
      const { entries: read, problems } = parseDataFile(files.get(`${kind}.yaml`)!.toString(), `${kind}.yaml`, schema);
      expect(problems, kind).toEqual([]);
      entries += read.length;
      named += read.filter((entry) => entry.names !== undefined).length;
    }
    expect(named / entries).toBeGreaterThan(0.3);
    expect(named / entries).toBeLessThan(0.7);
  });

  it('gives the same files for the same seed, and the English articles of the corpus without translations', async () => {
    expect([...(await filesOf(make(seed), seed, longBodies))]).toEqual([...files]);
    const withoutTranslations = await filesOf(english, seed, longBodies);
    for (const [file, source] of withoutTranslations) {
      if (!file.endsWith('.yaml')) expect(files.get(file), file).toStrictEqual(source);
    }
    expect([...files.keys()].filter((file) => !isTranslation(file))).toEqual([...withoutTranslations.keys()]);
  });
});
