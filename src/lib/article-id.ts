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
