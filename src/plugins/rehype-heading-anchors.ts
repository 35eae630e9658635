/**
 * Gives every h2–h4 a stable id and a visible "#" link to itself, so a reader can share a link to a
 * section. Ids are GitHub-style slugs of the heading text, unique within the article (other heading
 * levels get an id from the same slugger, without a link, so no two headings share one).
 */
import type { Element, Root } from 'hast';
import GithubSlugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface HeadingAnchorOptions {
  /** Accessible name prefix of the anchor link; the heading text follows it. */
  label?: string;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LINKED_HEADINGS = new Set(['h2', 'h3', 'h4']);

export default function rehypeHeadingAnchors({ label = 'Link to section:' }: HeadingAnchorOptions = {}) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!HEADINGS.has(node.tagName)) return;
      const text = toString(node).trim();
      const id = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
      // Every heading takes its id from this one slugger, so ids stay unique across levels; Astro's
      // own heading pass, which runs later with a slugger of its own, keeps ids already set.
      node.properties.id = id;
      if (!LINKED_HEADINGS.has(node.tagName)) return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `${label} ${text}` },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}
