/**
 * The rules for an article's own picture (`image.src` in its frontmatter): which files may sit
 * beside articles, and where a picture may come from. Part of the content check (content-check.ts).
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../domain/validate.ts';

/** Files that may sit beside articles: the images they show. */
export const ARTICLE_ASSET = /\.(avif|gif|jpe?g|png|webp)$/i;

/**
 * Where an article's picture may come from: a file inside the content folder (symbolic links
 * resolved), named by a path relative to the article. Returns the problem, if any.
 */
export function pictureProblem(
  src: string,
  articlePath: string,
  contentDir: string,
  file: string,
): Problem | undefined {
  const problem = (message: string): Problem => ({ file, field: 'image.src', message });
  // Two letters at least: `C:` starts a Windows path, not an address.
  if (/^([a-z][a-z0-9+.-]+:|\/\/)/i.test(src)) {
    return problem(
      `"${src}" is an address, not a file — save the picture next to the article and write its path, such as "./launch.jpg"`,
    );
  }
  if (path.isAbsolute(src) || /^[a-z]:[\\/]/i.test(src) || src.startsWith('\\')) {
    return problem(`"${src}" is an absolute path — write the path relative to the article, such as "./launch.jpg"`);
  }
  if (!ARTICLE_ASSET.test(src)) {
    return problem(`"${src}" is not a picture file — use a .avif, .gif, .jpg, .png or .webp file`);
  }
  const resolved = path.resolve(path.dirname(articlePath), src);
  const outside = `"${src}" points outside ${path.basename(contentDir)}/ — keep the picture inside the content folder, next to the article`;
  if (!isInside(resolved, contentDir)) return problem(outside);
  if (!existsSync(resolved)) {
    return problem(
      `"${src}" not found — put the image next to the article, or fix the path (relative to the article, such as "./launch.jpg")`,
    );
  }
  // A link inside the content folder may still lead out of it.
  if (!isInside(realpathSync(resolved), realpathSync(contentDir))) return problem(outside);
  return undefined;
}

/** Whether `file` lies under `folder`: `..cover.png` is a name inside it, `../cover.png` is not. */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
}
