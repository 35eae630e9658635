/**
 * An article's JSON-LD, as the page layout embeds it, stays one inert data block whatever text the
 * article holds: nothing in it ends the `<script>` element or opens a comment, and a JSON reader
 * gets the same data back. Rendered through the real layout with Astro's container; seeds and
 * reruns: see arbitraries.ts.
 */
import { test } from '@fast-check/vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { beforeAll, describe, expect } from 'vitest';
import BaseLayout from '../../src/layouts/BaseLayout.astro';
import { buildArchive } from '../../src/domain/archive.ts';
import { newsArticleJsonLd } from '../../src/output/structured-data.ts';
import { cardPreview, sectionCard } from '../../src/output/page-cards.ts';
import { archiveInput, fc, runs, uncheckedArchiveInput } from './arbitraries.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function elements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.flatMap((child) => ('tagName' in child ? [child, ...elements(child)] : elements(child)));
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('JSON-LD in the page', () => {
  test.prop([fc.oneof(archiveInput, uncheckedArchiveInput)], { numRuns: runs(100) })(
    'is one script element that never holds "</script" or "<!--" and parses back to the same data',
    async (input) => {
      const archive = buildArchive(input);
      const article = archive.articles[0]!;
      const data = newsArticleJsonLd(archive, article, 'https://example.org/og/card.png');
      const html = await container.renderToString(BaseLayout, {
        props: {
          title: article.title,
          description: article.description,
          ogType: 'article',
          jsonLd: [data],
          image: cardPreview(sectionCard('Card', 'en')),
        },
        request: new Request('https://example.org/articles/2022/article-0/'),
      });
      const scripts = elements(parse(html)).filter((element) => element.tagName === 'script');
      expect(scripts.map((script) => script.attrs)).toEqual([[{ name: 'type', value: 'application/ld+json' }]]);
      const [text] = scripts[0]!.childNodes.map((node) => ('value' in node ? node.value : ''));
      expect(text).not.toMatch(/<\/script|<!--/i);
      expect(JSON.parse(text!)).toEqual(JSON.parse(JSON.stringify(data)));
    },
  );
});
