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
import { todayIn } from '../domain/dates.ts';
import { pageKeys, type PageKeys } from '../output/page-keys.ts';
import { previewBodies, setPreviewProblems } from './preview-problems.ts';
import { taxonomyKinds, type TaxonomyKind } from '../domain/taxonomy.ts';
import { ContentError, findProblems } from '../domain/validate.ts';

type ArticleEntry = CollectionEntry<'articles'>;

interface LoadedContent {
  archive: Archive;
  entries: Map<string, ArticleEntry>;
  keys: PageKeys;
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

async function load(): Promise<LoadedContent> {
  if (import.meta.env.DEV) await previewBodies();
  const [entries, countries, leaders, programs, summits] = await Promise.all([
    getCollection('articles'),
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
  const archive = buildArchive({ articles: shown, ...data });
  return {
    archive,
    entries: new Map(entries.map((entry) => [entry.id, entry])),
    // The live preview renders every page afresh: keys would only cost a digest of the whole archive.
    keys: import.meta.env.DEV
      ? { page: () => '' }
      : // Data entries are covered by the data digest already: as shared objects they cost one lookup.
        pageKeys(data, [...archive.articles, ...archive.agreements, ...Object.values(data).flat()]),
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

export async function getArchive(): Promise<Archive> {
  return (await content()).archive;
}

/** The archive and the incremental-build keys of its pages (see page-keys.ts), from one read. */
export async function getArchiveWithKeys(): Promise<{ archive: Archive; keys: PageKeys }> {
  const { archive, keys } = await content();
  return { archive, keys };
}

async function entryOf(id: string): Promise<ArticleEntry> {
  const entry = (await content()).entries.get(id);
  if (!entry) throw new Error(`No article with id "${id}"`);
  return entry;
}

/** The rendered body of an article, from the body cache. */
export async function getArticleHtml(id: string): Promise<string> {
  const entry = await entryOf(id);
  return (await cachedBody(bodyKeyOf(entry.digest), sourceFile(entry)).catch(previewFallback({ html: '' }))).html;
}

/** Changes whenever the article's file does: part of its page's key. */
export async function getArticleDigest(id: string): Promise<string> {
  return String((await entryOf(id)).digest);
}
