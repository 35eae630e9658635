import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { siteConfig } from './src/config.ts';
import { PAGE_CSP_DIRECTIVES } from './src/output/deploy-headers.ts';
import { markdownPlugins } from './src/plugins/index.ts';
import pruneStaleOutput from './src/integrations/prune-stale-output.ts';
import parallelPrerender from './src/integrations/parallel-prerender.ts';
import { SEARCH_FOLDER } from './src/output/search.ts';
import { CARD_FOLDER } from './src/output/cards.ts';
import { defaultLanguage, languageCodes } from './src/i18n/languages.ts';
import { sitemapAlternates } from './src/output/sitemap.ts';

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.base,
  output: 'static',
  trailingSlash: 'always',
  cacheDir: siteConfig.cacheDir,
  // Stylesheets stay external files: cacheable, and no inline <style> for the CSP to allow.
  // Several pages in flight at once: rendering one overlaps with writing the others to disk.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins; the project's own must run.
    processor: unified(markdownPlugins(siteConfig.siteUrl)),
    // Highlighters emit inline styles, which the Content-Security-Policy forbids; articles need none.
    syntaxHighlight: false,
  },
  // Every page carries a Content-Security-Policy <meta>: Astro hashes what it emits; no inline script
  // or style otherwise runs. frame-ancestors cannot be set in a <meta>: see src/output/deploy-headers.ts.
  security: {
    csp: {
      directives: [...PAGE_CSP_DIRECTIVES],
    },
  },
  // English at the root, Japanese and Korean under /ja/ and /ko/: every route in src/pages/[...lang]/
  // is generated for each language, with its URLs from src/output/urls.ts.
  i18n: {
    locales: [...languageCodes],
    defaultLocale: defaultLanguage,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    // Each page's entry lists its versions in the other languages, as its hreflang links do.
    sitemap(sitemapAlternates()),
    // The search index and the cards are not Astro's output: src/cli/build.ts keeps them up to date.
    pruneStaleOutput({ kept: [SEARCH_FOLDER, CARD_FOLDER] }),
    // Pages render in a thread per core instead of one at a time.
    parallelPrerender({ after: siteConfig.prerenderThreadsAfter, queued: siteConfig.prerenderQueuedPerThread }),
  ],
  // The output folder starts as a copy of the published site (src/cli/output-folders.ts): emptying
  // it would make Astro copy every unchanged page back from its cache.
  vite: {
    build: { emptyOutDir: false },
    // The live preview watches the project for code changes; built sites and test output are not code.
    server: { watch: { ignored: ['**/dist/**', '**/.dist-*/**', '**/tests/.output/**'] } },
  },
  devToolbar: { enabled: false },
  // Frontmatter completion and checks in editors through the Astro language server (docs/editing.md).
  // Pages whose key (src/output/page-keys.ts) and code are unchanged are copied from the last build.
  experimental: { contentIntellisense: true, incrementalBuild: true },
});
