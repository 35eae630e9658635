/**
 * Counts the words of an article's text and stores the reading time in minutes as
 * `readingMinutes` in the rendered frontmatter. Done here, while the Markdown tree exists, so the
 * content store never has to keep the raw body (see DESIGN.md, performance notes).
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface ReadingTimeOptions {
  /** Reading speed used for the estimate. */
  wordsPerMinute?: number;
}

/** Han, hiragana and katakana: Japanese writes no spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Japanese is read at some 500 characters a minute against some 220 English words: an unspaced
 * character counts as this share of a word, so one reading speed serves every language. Korean
 * puts spaces between words and is counted like English.
 */
const WORDS_PER_UNSPACED_CHARACTER = 220 / 500;

export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/)) {
    const unspaced = token.match(UNSPACED)?.length ?? 0;
    if (unspaced > 0) words += unspaced * WORDS_PER_UNSPACED_CHARACTER;
    else if (/[\p{L}\p{N}]/u.test(token)) words += 1;
  }
  return Math.round(words);
}

export function readingMinutes(words: number, wordsPerMinute: number): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

export default function remarkReadingTime({ wordsPerMinute = 220 }: ReadingTimeOptions = {}) {
  return (tree: Root, file: VFile) => {
    // Counted block by block: `toString(tree)` joins blocks with no space between them, so the last
    // word of a paragraph and the first of the next heading would count as one.
    let words = 0;
    visit(tree, (node) => {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        words += countWords(toString(node));
        return SKIP;
      }
      if (node.type === 'code' || node.type === 'html') {
        words += countWords(node.value);
        return SKIP;
      }
      return undefined;
    });
    const astro = (file.data.astro ??= {});
    astro.frontmatter = {
      ...astro.frontmatter,
      wordCount: words,
      readingMinutes: readingMinutes(words, wordsPerMinute),
    };
  };
}
