/** Checks of an article's or a translation's text beyond its frontmatter. */
import type { Problem } from '../domain/validate.ts';
import { articleBodyText, bodyFirstLine } from './frontmatter.ts';
import { PLACEHOLDER } from './scaffold.ts';

/** Lines still holding the scaffold's placeholder text: a published article must not show it. */
export function placeholders(source: string, file: string): Problem[] {
  return source.split('\n').flatMap((line, index) =>
    line.includes(PLACEHOLDER)
      ? [
          {
            file,
            field: `line ${index + 1}`,
            message: `still has the "${PLACEHOLDER}" placeholder from npm run new — write the text, or keep "draft: true"`,
          },
        ]
      : [],
  );
}

/**
 * Markdown `![alt](src)` and HTML `<img src>` in a body, with the address they point to. The
 * stretches before the address are bounded: unbounded, a long line of `![` or `<img` without an
 * end made the search take time proportional to the square of the line's length.
 */
const BODY_IMAGE = /!\[[^\]]{0,1000}\]\(\s*<?([^)\s>]+)|<img\b[^>]{0,1000}?\bsrc\s*=\s*["']?([^"'\s>]+)/gi;

/**
 * Pictures stored beside an article are published through its `image` field only: the body is
 * rendered outside Astro's asset pipeline, so a local file it points to would never be copied.
 */
export function bodyImages(source: string, file: string): Problem[] {
  const firstLine = bodyFirstLine(source);
  return articleBodyText(source)
    .split('\n')
    .flatMap((line, index) =>
      [...line.matchAll(BODY_IMAGE)]
        .map((match) => match[1] ?? match[2] ?? '')
        .filter((src) => !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src))
        .map((src) => ({
          file,
          field: `line ${firstLine + index}`,
          message: `the picture "${src}" in the text would not be published — show it with the "image" field instead (docs/editing.md)`,
        })),
    );
}
