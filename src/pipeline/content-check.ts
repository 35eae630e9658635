/**
 * Validates a whole content folder without rendering anything: every data file, every article's
 * frontmatter, ids, references and agreements. Returns every problem at once. `npm run check`
 * prints them; `npm run build` runs it before Astro, whose own checks stop at the first bad file.
 */
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { countrySchema } from '../schemas/country.ts';
import { leaderSchema } from '../schemas/leader.ts';
import { programSchema } from '../schemas/program.ts';
import { summitSchema } from '../schemas/summit.ts';
import { ARTICLE_ASSET, pictureProblem } from './article-picture.ts';
import { articleFileNameProblem, articleIdFromPath, listArticleFolder, translationOf } from './article-id.ts';
import type { ArchiveInput, ArticleRecord } from '../domain/archive.ts';
import { siteConfig } from '../config.ts';
import { CheckCache, type CheckedArticle } from './check-cache.ts';
import { todayIn } from '../domain/dates.ts';
import { readFrontmatter } from './frontmatter.ts';
import { schemaProblems } from './problems.ts';
import { bodyImages, placeholders } from './text-checks.ts';
import { checkTranslationFile, type TranslationFile } from './translation-check.ts';
import type { TaxonomyKind } from '../domain/taxonomy.ts';
import { findProblems, type Problem } from '../domain/validate.ts';
import { parseDataFile } from './yaml-data-loader.ts';

export interface CheckOptions {
  /** Paths in messages are relative to this folder (the project root). */
  displayRoot: string;
  /** Today's date, `YYYY-MM-DD`. */
  today: string;
  /** Where to keep per-article results between runs; none when absent. */
  cacheFile?: string;
}

export interface CheckReport {
  problems: Problem[];
  articleCount: number;
  /** The articles whose frontmatter is valid, drafts included. */
  articles: ArticleRecord[];
  /** The entries of the data files that are valid. */
  data: Omit<ArchiveInput, 'articles'>;
  /** Translation files checked (`<name>.<lang>.md`). */
  translationCount: number;
  /** The translations without a problem: the language editions' articles (src/domain/edition.ts). */
  translations: CheckedTranslation[];
}

export interface CheckedTranslation {
  /** The original's id. */
  id: string;
  lang: string;
  draft: boolean;
  /** As the translation gives them (checked against the original's agreements). */
  agreementTitles?: Record<string, string> | undefined;
}

/** Checks one article's source text; returns its record when the frontmatter is valid. */
export function checkArticleSource(
  source: string,
  file: string,
  id: string,
): { record?: ArticleRecord; problems: Problem[] } {
  const frontmatter = readFrontmatter(source, file);
  if (frontmatter.data === undefined) return { problems: frontmatter.problems };
  const result = articleSchema.safeParse(frontmatter.data ?? {});
  if (result.success) {
    return {
      record: { ...result.data, id, file, readingMinutes: 1 },
      problems: [
        ...frontmatter.problems,
        ...bodyImages(source, file),
        ...(result.data.draft ? [] : placeholders(source, file)),
      ],
    };
  }
  const problems = schemaProblems(file, '', result.error.issues, articleSchema);
  // One line per field: an unquoted impossible date gets the schema's message plus the quoting hint.
  for (const dateProblem of frontmatter.problems) {
    const same = problems.find((problem) => problem.field === dateProblem.field);
    if (same) same.message = `${same.message} (and write dates in quotes)`;
    else problems.push(dateProblem);
  }
  return { problems };
}

/** Articles checked between two turns for the rest of the process (about 10 ms of work). */
const YIELD_EVERY = 32;

/** Largest article file accepted: ten times a long feature, small enough never to strain a build. */
export const MAX_ARTICLE_BYTES = 1_000_000;

/**
 * Checks one article file's source, turning anything the checking code throws into a problem
 * naming the file: one odd file must never stop the check of the others, nor print a stack trace.
 */
function checkSafely(source: string, file: string, id: string): CheckedArticle {
  try {
    return checkArticleSource(source, file, id);
  } catch (error) {
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      problems: [
        {
          file,
          field: '(file)',
          message: `could not be checked (${cause}) — look for unusual markup near the top; if the file looks ordinary, report it with this file`,
        },
      ],
    };
  }
}

/** `path.relative(cwd, file)`: how `npm run check` and `npm run build` name files. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/**
 * Checks one article file whose name is valid (`articleFileNameProblem`): its size, its text (through
 * `cache`) and its picture. The content check and the live preview's loader both use it, so an
 * editor reads the same lines in the terminal, in the browser and from `npm run check`.
 */
export function checkArticleFile(
  filePath: string,
  file: string,
  id: string,
  contentDir: string,
  cache: CheckCache,
  /** The file's text, when the caller has read it already. */
  text?: string,
): CheckedArticle & { source?: string } {
  const size = text === undefined ? statSync(filePath).size : Buffer.byteLength(text);
  if (size > MAX_ARTICLE_BYTES) {
    const message = `is ${(size / 1_000_000).toFixed(1)} MB; an article may be at most ${MAX_ARTICLE_BYTES / 1_000_000} MB — split it into several articles`;
    return { problems: [{ file, field: '(file)', message }] };
  }
  // Read synchronously: one small file after another, awaiting each read made the check wait on I/O.
  const source = text ?? readFileSync(filePath, 'utf8');
  const checked = cache.get(CheckCache.key(file, id, source), () => checkSafely(source, file, id));
  const image = checked.record?.image;
  const badImage = typeof image?.src === 'string' ? pictureProblem(image.src, filePath, contentDir, file) : undefined;
  if (!badImage) return { ...checked, source };
  return { ...checked, problems: [...checked.problems, badImage], source };
}

export async function checkContent(contentDir: string, options: CheckOptions): Promise<CheckReport> {
  const display = (file: string) => path.relative(options.displayRoot, file) || file;
  const problems: Problem[] = [];
  const dataFiles = {} as Record<TaxonomyKind, string>;
  const unreadable = new Set<TaxonomyKind>();
  const cache = new CheckCache(options.cacheFile);

  const readData = async <S extends z.ZodType>(kind: TaxonomyKind, schema: S): Promise<z.output<S>[]> => {
    const filePath = path.join(contentDir, `${kind}.yaml`);
    const file = display(filePath);
    dataFiles[kind] = file;
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch {
      problems.push({ file, field: '(file)', message: `is missing — create it as a list of ${kind}` });
      unreadable.add(kind);
      return [];
    }
    const parsed = parseDataFile(text, file, schema);
    problems.push(...parsed.problems);
    if (parsed.syntaxError) unreadable.add(kind);
    return parsed.entries;
  };
  const data: Omit<ArchiveInput, 'articles'> = {
    countries: await readData('countries', countrySchema),
    leaders: await readData('leaders', leaderSchema),
    programs: await readData('programs', programSchema),
    summits: await readData('summits', summitSchema),
  };

  const articlesDir = path.join(contentDir, 'articles');
  const records: ArticleRecord[] = [];
  const owners = new Map<string, string>();
  const translations: TranslationFile[] = [];
  let articleCount = 0;
  for (const [index, filePath] of (await listArticleFolder(articlesDir)).entries()) {
    // Now and then a turn for the rest of this process: the body renderers' answers and time limits.
    if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
    const file = display(filePath);
    if (!filePath.endsWith('.md')) {
      if (!ARTICLE_ASSET.test(filePath)) {
        problems.push({
          file,
          field: '(file)',
          message: 'is not a Markdown article — articles end in ".md"; move other files out of content/articles/',
        });
      }
      continue;
    }
    const relative = path.relative(articlesDir, filePath);
    const translation = translationOf(relative);
    if (!translation) articleCount++;
    const nameProblem = articleFileNameProblem(relative);
    if (nameProblem) {
      problems.push({ file, field: '(file)', message: nameProblem });
      continue;
    }
    if (translation) {
      translations.push({ filePath, file, ...translation });
      continue;
    }
    const id = articleIdFromPath(relative);
    const owner = owners.get(id);
    if (owner) {
      problems.push({
        file,
        field: '(file)',
        message: `gives the article id "${id}", which ${owner} already has — rename one of the two files`,
      });
      continue;
    }
    owners.set(id, file);
    const checked = checkArticleFile(filePath, file, id, contentDir, cache);
    problems.push(...checked.problems);
    if (checked.record) records.push(checked.record);
  }

  cache.save();
  const checkedTranslations: CheckedTranslation[] = [];
  // The originals' agreements as checked above: a translation's titles may name only those.
  const agreementIds = new Map(records.map((record) => [record.id, record.agreements.map((mention) => mention.id)]));
  for (const translation of translations) {
    const checked = checkTranslationFile(translation, owners, options.displayRoot, (id) => agreementIds.get(id));
    problems.push(...checked.problems);
    if (!checked.data) continue;
    const { draft, agreementTitles } = checked.data;
    checkedTranslations.push({
      id: articleIdFromPath(translation.original),
      lang: translation.lang,
      draft,
      agreementTitles,
    });
  }
  problems.push(...findProblems({ articles: records, ...data, dataFiles, today: options.today, unreadable }));
  return {
    problems,
    articleCount,
    articles: records,
    data,
    translationCount: translations.length,
    translations: checkedTranslations,
  };
}

/** Where `npm run check` and `npm run build` keep per-article results; the content loader reads them too. */
export const projectCheckCacheFile = path.join(siteConfig.cacheDir, 'content-check.json');

/** The check `npm run check` and `npm run build` run: the configured folder, today, the shared cache. */
export function checkProjectContent(): Promise<CheckReport> {
  return checkContent(siteConfig.contentDir, {
    displayRoot: process.cwd(),
    today: todayIn(siteConfig.timeZone),
    cacheFile: projectCheckCacheFile,
  });
}
