/**
 * Gives every h2–h4 a stable id and a visible "#" link to itself, so a reader can share a link to a
 * section. Ids are GitHub-style slugs of the heading text behind the sanitiser's `user-content-`
 * prefix, as every id of an article is, so a heading can never take an id of the page around it
 * ("## Main" would otherwise be a second `id="main"`, the skip link's target). Other heading levels
 * get an id the same way, without a link.
 *
 * It also keeps the body's ids unique, which HTML requires: a heading's id never repeats one already
 * in the body (a footnote's, one written in raw HTML), and a raw-HTML id written twice is kept on its
 * first element only. A link written to an id as the editor wrote it (`[see](#next-step)`) goes to
 * its prefixed form, for headings as for raw HTML.
 */
import type { Element, Root } from 'hast';
import { slug } from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { safeHtmlSchema } from './rehype-safe-html.ts';

export interface HeadingAnchorOptions {
  /** Accessible name prefix of the anchor link; the heading text follows it. */
  label?: string;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LINKED_HEADINGS = new Set(['h2', 'h3', 'h4']);
const PREFIX = safeHtmlSchema.clobberPrefix ?? '';

export default function rehypeHeadingAnchors({ label = 'Link to section:' }: HeadingAnchorOptions = {}) {
  return (tree: Root) => {
    const taken = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      if (taken.has(id)) delete node.properties.id;
      taken.add(id);
    });
    visit(tree, 'element', (node: Element) => {
      if (!HEADINGS.has(node.tagName)) return;
      const text = toString(node).trim();
      let id = node.properties.id;
      if (typeof id !== 'string') {
        // A heading of emoji or punctuation alone slugs to nothing; `id=""` is not HTML.
        id = unique(`${PREFIX}${slug(text) || 'section'}`, taken);
        taken.add(id);
        node.properties.id = id;
      }
      if (!LINKED_HEADINGS.has(node.tagName)) return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `${label} ${text}` },
        children: [{ type: 'text', value: '#' }],
      });
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      const target = decodeFragment(href.slice(1));
      if (!taken.has(target) && taken.has(`${PREFIX}${target}`)) node.properties.href = `#${PREFIX}${href.slice(1)}`;
    });
  };
}

/** A fragment as the browser matches it against ids: percent-decoded (Markdown encodes `#日本`). */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** `base`, or the first of `base-1`, `base-2`, … not in `taken`, as GitHub numbers repeated headings. */
function unique(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
