import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * An article's id is its path under `content/articles/` without `.md`, slugged segment by segment;
 * `x/index.md` is `x`. The content loader and the content check use this one function, so the
 * check sees exactly the collisions the build would.
 */

function slugSegment(segment: string): string {
  return segment
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
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

/** The Markdown articles under the articles folder, sorted. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  return (await listArticleFolder(dir)).filter((file) => file.endsWith('.md'));
}
