/**
 * Marks links that leave the site: a class for styling, `rel="noopener noreferrer"` so the other
 * site gets no handle on this page and no referrer, and a hidden text telling screen-reader users
 * where the link goes.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ExternalLinkOptions {
  /** Origin of this site, such as `https://example.org`: links to it stay internal. */
  siteUrl: string;
  /** Text read by screen readers after the link text. */
  label?: string;
}

export function isExternalHref(href: string, siteUrl: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//')) return false;
  try {
    const url = new URL(href, siteUrl);
    // Only web pages elsewhere; mailto:, tel: and the like are not "leaving the site".
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== new URL(siteUrl).origin;
  } catch {
    return false;
  }
}

export default function rehypeExternalLinks({ siteUrl, label = '(external link)' }: ExternalLinkOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !isExternalHref(href, siteUrl)) return;
      node.properties.rel = ['noopener', 'noreferrer'];
      node.properties.className = ['external-link'];
      node.children.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: ` ${label}` }],
      });
    });
  };
}
