import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { siteConfig } from './src/config.ts';
import { markdownPlugins } from './src/plugins/index.ts';

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.base,
  output: 'static',
  trailingSlash: 'always',
  cacheDir: siteConfig.cacheDir,
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins; the project's own must run.
    processor: unified(markdownPlugins(siteConfig.siteUrl)),
    // Highlighters emit inline styles, which the Content-Security-Policy forbids; articles need none.
    syntaxHighlight: false,
  },
  security: { csp: true },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
  // Frontmatter completion and checks in editors through the Astro language server (docs/editing.md).
  experimental: { contentIntellisense: true },
});
