/**
 * Turns raw HTML written in Markdown into elements and keeps only a safe subset: no script, style,
 * iframe, form or SVG, no event handler or style attribute, no `javascript:` or `data:` URL.
 * Astro parses raw HTML only after the project's rehype plugins, so this plugin parses it first
 * and every later plugin sees sanitised elements.
 */
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { assertNesting, assertRawHtmlNesting } from './nesting-limit.ts';

/**
 * A `srcset` whose every candidate is an http(s) URL or a relative one (no colon), with an optional
 * width or density, comma-separated, spaces as HTML counts them. Anything else drops the attribute.
 */
const SAFE_SRCSET =
  /^[\t\n\f\r ]*(?:(?:https?:\/\/[^\t\n\f\r ,]*|[^\t\n\f\r ,:]+)(?:[\t\n\f\r ]+\d+(?:\.\d+)?[wx])?[\t\n\f\r ]*(?:,[\t\n\f\r ]*|$))+$/i;

/** GitHub's schema (what GitHub allows in READMEs), plus `<figure>`/`<figcaption>` for captions. */
export const safeHtmlSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    // Article text must not take the keyboard: a tabindex or access key would put it before the
    // page's skip link and navigation, or steal a shortcut.
    '*': (defaultSchema.attributes?.['*'] ?? []).filter(
      (attribute) => !['tabIndex', 'accessKey'].includes(String(attribute)),
    ),
    // GitHub's schema lets any srcset through: its scheme check reads a value's start only, and a
    // srcset is a list, so `javascript:` and `data:` candidates got through after a first good one.
    source: [['srcSet', SAFE_SRCSET]],
  },
  // GitHub's schema allows `action` on every element without checking its scheme.
  protocols: { ...defaultSchema.protocols, action: ['http', 'https'] },
  // Dropped with their content: unwrapping `<style>` like other unknown elements would print the CSS as text.
  strip: [...(defaultSchema.strip ?? []), 'style'],
};

export default function rehypeSafeHtml() {
  const parseRaw = rehypeRaw();
  return (tree: Root, file: VFile): Root => {
    // Re-parsing the whole tree through an HTML parser is the costly part: only when there is raw HTML.
    const raw = rawHtml(tree);
    if (raw.html === '') return completeElements(sanitize(tree, safeHtmlSchema) as Root);
    // The parser and the sanitiser recurse: nesting the Markdown check could not see is refused first.
    assertRawHtmlNesting(raw.html, raw.line);
    const parsed = (parseRaw(tree, file) ?? tree) as Root;
    assertNesting(parsed, 'HTML elements');
    return completeElements(sanitize(parsed, safeHtmlSchema) as Root);
  };
}

/**
 * An `<img>` whose URL the sanitiser refused (`data:`, `javascript:`), or that never had one, gives
 * way to its text alternative (with its `<picture>`, if any), and a `<source>` left without a
 * `srcset` goes: HTML allows neither.
 */
function completeElements(tree: Root): Root {
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.tagName === 'source' && !node.properties['srcSet']) {
      parent.children.splice(index, 1);
      return index;
    }
    const image =
      node.tagName === 'picture'
        ? node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'img')
        : node.tagName === 'img'
          ? node
          : undefined;
    if (!image || image.properties['src']) return;
    const alt = image.properties['alt'];
    parent.children.splice(
      index,
      1,
      ...(typeof alt === 'string' && alt !== '' ? [{ type: 'text' as const, value: alt }] : []),
    );
    return index;
  });
  return tree;
}

/** The raw HTML in the tree, in document order, and the line where it starts. */
function rawHtml(tree: Root): { html: string; line: number | undefined } {
  let html = '';
  let line: number | undefined;
  visit(tree, 'raw', (node) => {
    html += node.value;
    line ??= node.position?.start.line;
  });
  return { html, line };
}
