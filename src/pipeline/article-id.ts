import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * An article's id is its path under `content/articles/` without `.md`; `x/index.md` is `x`. The
 * content loader and the content check use this one function, so the check sees exactly the
 * collisions the build would. The check refuses names that are not slugs already
 * (`articleFileNameProblem`); slugging here only gives such a file a usable address in the live
 * preview while it is renamed, and gives the check its suggestion.
 */

function slugSegment(segment: string): string {
  return segment
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What every folder and file name under `content/articles/` must be: it becomes part of the address. */
export const ARTICLE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Why an article's path (relative to the articles folder) cannot be published, if it cannot: each
 * folder and file name, `.md` aside, must match `ARTICLE_NAME` (docs/editing.md states the rule).
 * Names are never rewritten silently: `Tokyo Summit.md` or `東京.md` would give a surprising address,
 * or none at all.
 */
export function articleFileNameProblem(relativePath: string): string | undefined {
  const segments = (translationOf(relativePath)?.original ?? relativePath).replace(/\\/g, '/').split('/');
  const fileName = segments.pop()!;
  const candidates = [
    ...segments.map((name) => ({ name, kind: 'folder', written: name })),
    { name: fileName.replace(/\.md$/, ''), kind: 'file', written: fileName },
  ];
  const bad = candidates.find(({ name }) => !ARTICLE_NAME.test(name));
  if (!bad) return undefined;
  const slug = slugSegment(bad.name);
  const example = slug
    ? `"${slug}${bad.kind === 'file' ? '.md' : ''}"`
    : `"tokyo-summit${bad.kind === 'file' ? '.md' : ''}" (write names from other scripts in Latin letters)`;
  return `the ${bad.kind} name "${bad.written}" cannot be part of an address — use lower-case letters a–z, digits and single hyphens, such as ${example}`;
}

/** A translation's file name: the original's name, a language code, `.md` (`tokyo-summit.ja.md`). */
const TRANSLATION_FILE = /^(.+)\.([a-z]{2,3})\.md$/;

/**
 * The original and the language of a translation, from its path under the articles folder
 * (`2022/tokyo-summit.ja.md` translates `2022/tokyo-summit.md` into `ja`); undefined for an article.
 */
export function translationOf(relativePath: string): { original: string; lang: string } | undefined {
  const match = TRANSLATION_FILE.exec(relativePath.replace(/\\/g, '/'));
  return match ? { original: `${match[1]}.md`, lang: match[2]! } : undefined;
}

export function articleIdFromPath(relativePath: string): string {
  const segments = relativePath.replace(/\\/g, '/').replace(/\.md$/i, '').split('/');
  if (segments.length > 1 && segments.at(-1) === 'index') segments.pop();
  return segments.map(slugSegment).join('/');
}

/** Every file under the articles folder (hidden files aside), sorted, so all tools see the same set. */
export async function listArticleFolder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Every Markdown file under the articles folder, articles and translations, sorted. */
export async function listMarkdownFiles(dir: string): Promise<string[]> {
  return (await listArticleFolder(dir)).filter((file) => file.endsWith('.md'));
}

/** The Markdown articles under the articles folder, sorted: translations are not articles of their own. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  return (await listArticleFolder(dir)).filter(
    (file) => file.endsWith('.md') && !translationOf(path.relative(dir, file)),
  );
}
