/**
 * Typographic punctuation for news copy: curly quotes and apostrophes, en and em dashes, ellipses.
 * It replaces the SmartyPants step of Astro's pipeline, which builds a natural-language tree for
 * every paragraph and cost more than parsing the Markdown itself (see `npm run bench`). Code,
 * inline code and raw HTML are left as written.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'blockquote', 'listItem', 'footnoteDefinition']);
/** After these, a quote opens; after anything else, it closes. */
const OPENS_AFTER = /[\s([{\u2018\u201c\u2013\u2014/-]/u;

/** Curls the quotes of `text`, given the character written just before it. */
export function smartenText(text: string, before: string): string {
  const dashed = text
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/\.\.\./g, '\u2026');
  let previous = before;
  let result = '';
  for (const char of dashed) {
    if (char === '"') {
      result += previous === '' || OPENS_AFTER.test(previous) ? '\u201c' : '\u201d';
    } else if (char === "'") {
      result += previous === '' || OPENS_AFTER.test(previous) ? '\u2018' : '\u2019';
    } else {
      result += char;
    }
    previous = char;
  }
  return result;
}

export default function remarkTypography() {
  return (tree: Root) => {
    let before = '';
    visit(tree, (node) => {
      if (BLOCKS.has(node.type)) {
        before = '';
      } else if (node.type === 'text') {
        node.value = smartenText(node.value, before);
        before = node.value.at(-1) ?? before;
      } else if (node.type === 'inlineCode') {
        before = node.value.at(-1) ?? before;
      }
    });
  };
}
