/**
 * The one door to the content: reads each collection once per build, checks everything that
 * crosses files, drops drafts from production and indexes the result (see archive.ts). Every page
 * awaits `getArchive()` and looks up what it needs.
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../config.ts';
import { cachedBody, cachedBodyMeta } from './article-body.ts';
import { bodyKeyOf } from './article-loader.ts';
import { buildArchive, type Archive, type ArticleRecord } from '../domain/archive.ts';
import { buildEdition, type TranslationRecord } from '../domain/edition.ts';
import { defaultLanguage, languageCodes, type Language } from '../i18n/languages.ts';
import { todayIn } from '../domain/dates.ts';
import { pageKeys, type PageKeys } from '../output/page-keys.ts';
import { previewBodies, setPreviewProblems } from './preview-problems.ts';
import { taxonomyKinds, type TaxonomyKind } from '../domain/taxonomy.ts';
import { ContentError, findProblems } from '../domain/validate.ts';

type ArticleEntry = CollectionEntry<'articles'>;
type TranslationEntry = CollectionEntry<'translations'>;

/** One language's archive and the incremental-build keys of its pages. */
interface Edition {
  archive: Archive;
  keys: PageKeys;
}

interface LoadedContent {
  editions: Map<Language, Edition>;
  /** Source file and digest of every text by `<lang>/<id>`: originals under the default language. */
  texts: Map<string, { file: string; digest: string }>;
}

let loaded: Promise<LoadedContent> | undefined;

function relativeToProject(file: string): string {
  return path.relative(process.cwd(), path.resolve(file));
}

function sourceFile(entry: ArticleEntry): string {
  return path.resolve(entry.filePath ?? path.join(siteConfig.contentDir, 'articles', `${entry.id}.md`));
}

/**
 * In the live preview a body the Markdown pipeline refuses is a problem on show (the content
 * loader found it), not a reason to fail every page: its article reads as empty meanwhile.
 */
function previewFallback<T>(fallback: T): (error: unknown) => T {
  return (error) => {
    if (!import.meta.env.DEV) throw error;
    return fallback;
  };
}

async function toRecord(entry: ArticleEntry): Promise<ArticleRecord> {
  const file = sourceFile(entry);
  const { readingMinutes } = await cachedBodyMeta(bodyKeyOf(entry.digest), file).catch(
    previewFallback({ readingMinutes: 1 }),
  );
  return { ...entry.data, id: entry.id, file: relativeToProject(file), readingMinutes };
}

type StoredTranslation = TranslationEntry['data']['translations'][number];

async function toTranslation(lang: string, { original, file, digest, translation }: StoredTranslation) {
  const { readingMinutes } = await cachedBodyMeta(bodyKeyOf(digest), path.resolve(file)).catch(
    previewFallback({ readingMinutes: 1 }),
  );
  const record: TranslationRecord = { ...translation, id: original, lang, file, readingMinutes };
  return { record, digest, draft: translation.draft };
}

async function load(): Promise<LoadedContent> {
  if (import.meta.env.DEV) await previewBodies();
  const [entries, translations, countries, leaders, programs, summits] = await Promise.all([
    getCollection('articles'),
    getCollection('translations'),
    getCollection('countries'),
    getCollection('leaders'),
    getCollection('programs'),
    getCollection('summits'),
  ]);
  const records = await Promise.all(entries.map(toRecord));
  const data = {
    countries: countries.map((e) => e.data),
    leaders: leaders.map((e) => e.data),
    programs: programs.map((e) => e.data),
    summits: summits.map((e) => e.data),
  };
  const dataFiles = Object.fromEntries(
    taxonomyKinds.map((kind) => [kind, relativeToProject(path.join(siteConfig.contentDir, `${kind}.yaml`))]),
  ) as Record<TaxonomyKind, string>;
  const problems = findProblems({ articles: records, ...data, dataFiles, today: todayIn(siteConfig.timeZone) });
  // The live preview shows the problems and leaves out the articles they are in; a build stops.
  if (!import.meta.env.DEV && problems.length > 0) throw new ContentError(problems);
  if (import.meta.env.DEV) setPreviewProblems('cross-file checks', problems);
  const faulty = new Set(problems.map((problem) => problem.file));
  // Drafts are previewed with `npm run dev` and never published.
  const shown = import.meta.env.DEV
    ? records.filter((record) => !faulty.has(record.file))
    : records.filter((record) => !record.draft);
  const archive = buildArchive({ articles: shown, ...data, lang: defaultLanguage });
  const read = await Promise.all(
    translations.flatMap(({ data }) => data.translations.map((stored) => toTranslation(data.lang, stored))),
  );
  const published = read.filter(({ draft }) => import.meta.env.DEV || !draft).map(({ record }) => record);
  const editionOf = (lang: Language): Edition => {
    const edition = buildEdition(
      archive,
      lang,
      published.filter((translation) => translation.lang === lang),
    );
    return {
      archive: edition,
      // The live preview renders every page afresh: keys would only cost a digest of the whole archive.
      keys: import.meta.env.DEV
        ? { page: () => '' }
        : // Data entries are covered by the data digest already: as shared objects they cost one lookup.
          pageKeys(data, [
            ...edition.articles,
            ...edition.agreements,
            ...[edition.countries, edition.leaders, edition.programs, edition.summits].flatMap((map) => [
              ...map.values(),
            ]),
          ]),
    };
  };
  return {
    editions: new Map(languageCodes.map((lang) => [lang, editionOf(lang)])),
    texts: new Map([
      ...entries.map(
        (entry) =>
          [`${defaultLanguage}/${entry.id}`, { file: sourceFile(entry), digest: String(entry.digest) }] as const,
      ),
      ...read.map(
        ({ record, digest }) => [`${record.lang}/${record.id}`, { file: path.resolve(record.file), digest }] as const,
      ),
    ]),
  };
}

/**
 * The content, read once per module evaluation. In the live preview that is once per change too:
 * when the content store changes, Vite evaluates this module afresh (tests/build/preview.test.ts
 * holds that an edit shows), so a page never reloads 10,000 articles, let alone once per article.
 */
function content(): Promise<LoadedContent> {
  return (loaded ??= load());
}

/** The archive in a language: English, or a language edition (src/domain/edition.ts). */
export async function getArchive(lang: Language = defaultLanguage): Promise<Archive> {
  return (await getArchiveWithKeys(lang)).archive;
}

/** The archive in every language, by language. */
export async function getEditions(): Promise<ReadonlyMap<Language, Archive>> {
  const { editions } = await content();
  return new Map([...editions].map(([lang, edition]) => [lang, edition.archive]));
}

/** A language's archive and the incremental-build keys of its pages (see page-keys.ts), from one read. */
export async function getArchiveWithKeys(lang: Language = defaultLanguage): Promise<Edition> {
  const edition = (await content()).editions.get(lang);
  if (!edition) throw new Error(`No edition in "${lang}"`);
  return edition;
}

async function textOf(id: string, lang: Language): Promise<{ file: string; digest: string }> {
  const text = (await content()).texts.get(`${lang}/${id}`);
  if (!text) throw new Error(`No article with id "${id}" in "${lang}"`);
  return text;
}

/** The rendered body of an article in a language (the original, or its translation), from the body cache. */
export async function getArticleHtml(id: string, lang: Language = defaultLanguage): Promise<string> {
  const { file, digest } = await textOf(id, lang);
  return (await cachedBody(bodyKeyOf(digest), file).catch(previewFallback({ html: '' }))).html;
}

/** Changes whenever the article's file (or its translation's) does: part of its page's key. */
export async function getArticleDigest(id: string, lang: Language = defaultLanguage): Promise<string> {
  return (await textOf(id, lang)).digest;
}
