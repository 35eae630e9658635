/**
 * The project's Markdown pipeline: the plugin lists the Astro config hands to `unified()`, and the
 * renderer that turns article bodies into HTML with the same plugins (src/pipeline/article-body.ts).
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { markdownToMdast } from 'satteri';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { defaultLanguage, type Language } from '../i18n/languages.ts';
import { uiFor } from '../i18n/ui.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypeSafeHtml from './rehype-safe-html.ts';
import remarkNestingLimit from './nesting-limit.ts';
import remarkReadingTime from './remark-reading-time.ts';
import remarkTypography from './remark-typography.ts';

/** The pipeline for a text in `lang`: the labels it writes (heading anchors, external links) are in it. */
export function markdownPlugins(siteUrl: string, lang: Language = defaultLanguage): UnifiedProcessorOptions {
  const ui = uiFor(lang);
  return {
    // The nesting limit comes first: the plugins after it walk the tree recursively.
    remarkPlugins: [remarkNestingLimit, remarkReadingTime, remarkTypography],
    // Our own typography plugin replaces SmartyPants, which was the slowest step of the pipeline.
    smartypants: false,
    // rehype-safe-html prefixes every id (footnotes too) once; remark-rehype would add a second prefix.
    remarkRehype: { clobberPrefix: '' },
    // Sanitising comes first so that the plugins after it only add trusted markup.
    rehypePlugins: [
      rehypeSafeHtml,
      [rehypeHeadingAnchors, { label: ui.headingAnchorLabel }],
      [rehypeExternalLinks, { siteUrl, label: ui.externalLinkLabel }],
    ],
  };
}

/**
 * Parses with Sätteri, the native CommonMark and GFM parser Astro 7 ships, into the same mdast that
 * remark-parse with remark-gfm builds, about six times faster; the remark plugins then run as usual.
 */
function satteriParse(this: Processor) {
  this.parser = (document: string) =>
    markdownToMdast(document, { features: { gfm: true, frontmatter: false } }) as Root;
}

export interface RenderedMarkdown {
  html: string;
  /** What the plugins set for the page (reading time), as Astro's renderer reports frontmatter. */
  frontmatter: Record<string, unknown>;
}

/**
 * Renders Markdown with the project's remark and rehype plugins, as Astro's unified processor does
 * with `markdownPlugins`, minus its steps that do nothing here: no image collecting (bodies have no
 * file URL), no heading ids (rehype-heading-anchors sets every one) and no second raw-HTML parse
 * (rehype-safe-html has parsed and sanitised it, and nothing after it writes raw HTML).
 */
export function createMarkdownRenderer(
  siteUrl: string,
  lang: Language = defaultLanguage,
): (markdown: string) => Promise<RenderedMarkdown> {
  const { remarkPlugins, rehypePlugins, remarkRehype: remarkRehypeOptions } = markdownPlugins(siteUrl, lang);
  const processor = unified()
    .use(satteriParse)
    .use(remarkPlugins as never)
    .use(remarkRehype, { ...remarkRehypeOptions, allowDangerousHtml: true })
    .use(rehypePlugins as never)
    .use(rehypeStringify);
  return async (markdown) => {
    const file = await processor.process(new VFile({ value: markdown, data: { astro: { frontmatter: {} } } }));
    return { html: String(file.value), frontmatter: file.data.astro?.frontmatter ?? {} };
  };
}
