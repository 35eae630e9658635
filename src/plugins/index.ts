/** The project's Markdown pipeline, shared by the Astro config and the plugin tests. */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { ui } from '../i18n/ui.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypeSafeHtml from './rehype-safe-html.ts';
import remarkReadingTime from './remark-reading-time.ts';
import remarkTypography from './remark-typography.ts';

export function markdownPlugins(siteUrl: string): UnifiedProcessorOptions {
  return {
    remarkPlugins: [remarkReadingTime, remarkTypography],
    // Our own typography plugin replaces SmartyPants, which was the slowest step of the pipeline.
    smartypants: false,
    // Sanitising comes first so that the plugins after it only add trusted markup.
    rehypePlugins: [
      rehypeSafeHtml,
      [rehypeHeadingAnchors, { label: ui.headingAnchorLabel }],
      [rehypeExternalLinks, { siteUrl, label: ui.externalLinkLabel }],
    ],
  };
}
