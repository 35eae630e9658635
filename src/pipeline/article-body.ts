/**
 * Article bodies are rendered outside Astro's content store and cached on disk, one file per
 * article, keyed by a hash of its Markdown and of the Markdown pipeline. The store then holds
 * metadata only (Astro otherwise loads every article's HTML before writing the first page), a
 * rebuild renders only what changed, and `npm run build` fills the cache on every core first
 * (src/cli/render-bodies.ts). Pages and the archive read from here; a miss renders on the spot.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RenderedMarkdown } from '../plugins/index.ts';
import { projectRoot, siteConfig } from '../config.ts';
import { codeFingerprint, type CodeInputs } from './code-fingerprint.ts';
import { articleBodyText } from './frontmatter.ts';
import { defaultLanguage, isLanguage, type Language } from '../i18n/languages.ts';
import { translationOf } from './article-id.ts';

export interface ArticleBody {
  html: string;
  readingMinutes: number;
  wordCount: number;
}

type BodyMeta = Omit<ArticleBody, 'html'>;

/**
 * What the rendered HTML depends on besides the Markdown: the pipeline's code (this module and
 * what it imports, the plugins and the UI strings they write into the HTML, heading-anchor and
 * external-link labels, included), the parser's and the unified packages' versions (the lockfile)
 * and the site URL (external links are judged against it). A change to any of them renders anew;
 * an edit to any other module keeps the cache.
 */
const pipeline: CodeInputs = {
  entries: ['src/pipeline/article-body.ts'],
  files: ['package-lock.json'],
  values: [siteConfig.siteUrl],
};

let fingerprint: string | undefined;

/**
 * The language a body is written in, from its file name: a translation's (`x.ja.md`), else the
 * site's. The pipeline writes its few labels (heading anchors, external links) in that language.
 */
export function bodyLanguage(file: string): Language {
  const lang = translationOf(path.basename(file))?.lang;
  return isLanguage(lang) ? lang : defaultLanguage;
}

/** The cache key of an article: changes whenever its body, its language or the pipeline changes. */
export function bodyKey(source: string, lang: Language = defaultLanguage): string {
  fingerprint ??= codeFingerprint(projectRoot, pipeline);
  const hash = createHash('sha256').update(fingerprint).update('\0');
  // English keys stay as they were before translations: their cached bodies are still good.
  if (lang !== defaultLanguage) hash.update(`${lang}\0`);
  return hash.update(articleBodyText(source)).digest('hex');
}

export const bodyCacheDir = path.join(siteConfig.cacheDir, 'article-bodies');

const cachePath = (key: string) => path.join(bodyCacheDir, `${key}.body`);

type Renderer = (markdown: string) => Promise<RenderedMarkdown>;

const renderers = new Map<Language, Promise<Renderer>>();

/** The Markdown pipeline, loaded on first use: telling cache hits from misses does not need it. */
async function loadRenderer(lang: Language): Promise<Renderer> {
  const { createMarkdownRenderer } = await import('../plugins/index.ts');
  return createMarkdownRenderer(siteConfig.siteUrl, lang);
}

/** Loads the Markdown pipeline now: the body renderers do so before their clock starts. */
export async function prepareRenderer(lang: Language = defaultLanguage): Promise<Renderer> {
  let renderer = renderers.get(lang);
  if (!renderer) {
    renderer = loadRenderer(lang);
    renderers.set(lang, renderer);
  }
  return renderer;
}

/** Renders a body with the project's Markdown pipeline (src/plugins/index.ts), in its language. */
export async function renderBody(source: string, lang: Language = defaultLanguage): Promise<ArticleBody> {
  const { html, frontmatter } = await (await prepareRenderer(lang))(articleBodyText(source));
  const { readingMinutes = 1, wordCount = 0 } = frontmatter as { readingMinutes?: number; wordCount?: number };
  return { html, readingMinutes, wordCount };
}

/** Whether the cache holds the body whose key is `key` (a file cut short is found when read). */
export function isCached(key: string): boolean {
  return existsSync(cachePath(key));
}

/**
 * A cache file holds the whole body: a JSON line with the reading time, the word count and the
 * HTML's length, then the HTML. One file, not two, because creating files is most of what filling
 * the cache costs; the length tells a complete file from one a crash cut short.
 */
function writeBody(key: string, { html, ...meta }: ArticleBody): void {
  const text = `${JSON.stringify({ ...meta, htmlLength: html.length })}\n${html}`;
  try {
    writeFileSync(cachePath(key), text);
  } catch (error) {
    // The folder is made on the first miss rather than checked before each of thousands of writes.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(bodyCacheDir, { recursive: true });
    writeFileSync(cachePath(key), text);
  }
}

function readBody(key: string): ArticleBody | undefined {
  let text: string;
  try {
    text = readFileSync(cachePath(key), 'utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  try {
    const { htmlLength, ...meta } = JSON.parse(text.slice(0, newline)) as BodyMeta & { htmlLength: number };
    const html = text.slice(newline + 1);
    return newline > 0 && html.length === htmlLength ? { html, ...meta } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Renders a body into the cache under `key`, whether or not the cache has it: for the body
 * renderers (src/cli/render-bodies.ts), handed only bodies their parent found missing.
 */
export async function renderIntoCache(source: string, lang: Language, key: string): Promise<void> {
  writeBody(key, await renderBody(source, lang));
}

/** Renders and caches a body unless the cache has it; returns whether it rendered. */
export async function ensureBody(
  source: string,
  lang: Language = defaultLanguage,
  key: string = bodyKey(source, lang),
): Promise<boolean> {
  if (isCached(key)) return false;
  await renderIntoCache(source, lang, key);
  return true;
}

/** The meta line's longest length: two small numbers and the HTML's length, as JSON. */
const META_BYTES = 256;

/**
 * Reading time and word count of the article whose key is `key`, from the first line of its cache
 * file alone: the archive needs them for every article, the HTML only its own page. `file` renders
 * the article on a miss.
 */
export async function cachedBodyMeta(key: string, file: string): Promise<BodyMeta> {
  try {
    const buffer = Buffer.alloc(META_BYTES);
    const fd = openSync(cachePath(key), 'r');
    let length: number;
    try {
      length = readSync(fd, buffer, 0, META_BYTES, 0);
    } finally {
      closeSync(fd);
    }
    const line = buffer.toString('utf8', 0, length).split('\n', 2);
    if (line.length === 2) {
      const { readingMinutes, wordCount } = JSON.parse(line[0]!) as BodyMeta;
      return { readingMinutes, wordCount };
    }
  } catch {
    // No cache file yet, or not one this code wrote: render below.
  }
  const { html: _html, ...meta } = await cachedBody(key, file);
  return meta;
}

/** The body of the article whose key is `key`, from the cache; `file` renders it on a miss. */
export async function cachedBody(key: string, file: string): Promise<ArticleBody> {
  const cached = readBody(key);
  if (cached) return cached;
  const body = await renderBody(readFileSync(file, 'utf8'), bodyLanguage(file));
  writeBody(key, body);
  return body;
}
