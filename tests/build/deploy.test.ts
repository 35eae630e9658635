/**
 * Deployment under a subpath (GitHub Pages style), security of the built output, and hygiene of
 * dist/: the site is built with SITE_BASE=/archive/ and SITE_URL=https://example.org from a corpus
 * that includes an injection attempt in every place an editor can type.
 */
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_CSP } from '../../src/output/deploy-headers.ts';
import { writeCorpus } from '../../src/tools/corpus-files.ts';
import { makeCorpus } from '../../src/tools/synthetic-corpus.ts';
import { brokenLinks, projectRoot, readSite, removeCache, runBuild, type Site } from '../support/site.ts';

mkdirSync(path.join(projectRoot, 'tests/.output'), { recursive: true });
const work = mkdtempSync(path.join(projectRoot, 'tests/.output/deploy-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const BASE = '/archive/';
const ORIGIN = 'https://example.org';
let site: Site;

beforeAll(async () => {
  await writeCorpus(contentDir, makeCorpus({ articles: 12, seed: 3 }), 3);
  cpSync(
    path.join(projectRoot, 'tests/fixtures/injection/hostile.md'),
    path.join(contentDir, 'articles/2022/hostile.md'),
  );
  const build = runBuild(contentDir, outDir, { SITE_BASE: BASE, SITE_URL: ORIGIN });
  if (build.code !== 0) throw new Error(`Build under ${BASE} failed:\n${build.output}`);
  site = readSite(outDir);
});

afterAll(() => {
  removeCache(contentDir);
  rmSync(work, { recursive: true, force: true });
});

const urlAttributes = (site: Site) =>
  [...site.pages].flatMap(([page, html]) =>
    html
      .querySelectorAll('[href], [src], [srcset], [action]')
      .flatMap((el) =>
        ['href', 'src', 'action']
          .map((a) => el.getAttribute(a))
          .concat((el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(' ')[0])),
      )
      .filter((value): value is string => Boolean(value))
      .map((value) => ({ page, value })),
  );

describe(`a site built for ${ORIGIN}${BASE}`, () => {
  it('has every internal link, asset and anchor under the base path, and none broken', () => {
    expect(brokenLinks(site, BASE)).toEqual([]);
    const rootRelative = urlAttributes(site).filter(({ value }) => value.startsWith('/') && !value.startsWith(BASE));
    expect(rootRelative).toEqual([]);
  });

  it('gives canonical URLs, Open Graph URLs and JSON-LD the origin and the prefix', () => {
    for (const [page, html] of site.pages) {
      // Not-found pages, English and the editions', have no canonical URL.
      if (page === '/404.html' || /^\/(ja|ko)\/404\/$/.test(page)) continue;
      expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href'), page).toBe(
        `${ORIGIN}${BASE}${page.slice(1)}`,
      );
      expect(html.querySelector('meta[property="og:url"]')?.getAttribute('content'), page).toMatch(`${ORIGIN}${BASE}`);
      // The link-preview picture: under the prefix, and there.
      const image = html.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
      expect(image.startsWith(`${ORIGIN}${BASE}`), `${page}: ${image}`).toBe(true);
      expect(site.files.has(image.slice(`${ORIGIN}${BASE}`.length)), `${page}: ${image}`).toBe(true);
    }
  });

  it('puts the prefix in feed links, sitemap entries, robots.txt and the search assets', () => {
    const feed = readFileSync(path.join(outDir, 'rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link.startsWith(`${ORIGIN}${BASE}`), link).toBe(true);
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(loc.startsWith(`${ORIGIN}${BASE}`), loc).toBe(true);
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`,
    );
    const script = site.page('/search/').querySelector('script[type="module"][src]')!.getAttribute('src')!;
    expect(script.startsWith(`${BASE}_astro/`)).toBe(true);
    const bundle = readFileSync(path.join(outDir, script.slice(BASE.length)), 'utf8');
    expect(bundle).toContain(`\`${BASE}\``);
    expect(bundle).toContain('pagefind.js');
    const bundles = site
      .page('/search/')
      .querySelector('form[data-search-bundles]')!
      .getAttribute('data-search-bundles')!
      .split(' ');
    expect(bundles.length).toBeGreaterThan(0);
    for (const bundle of bundles) expect(site.files.has(`pagefind/${bundle}/pagefind.js`), bundle).toBe(true);
  });

  it('writes _headers for Netlify and Cloudflare Pages with the prefix, security headers and immutable assets', () => {
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8');
    expect(headers).toContain(`${BASE}*\n  Content-Security-Policy: ${HEADER_CSP}\n`);
    for (const header of [
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: ',
      'Permissions-Policy: ',
      "frame-ancestors 'none'",
    ]) {
      expect(headers).toContain(header);
    }
    expect(headers).toContain(`${BASE}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
    expect(headers).toContain(`${BASE}og/*\n  Cache-Control: public, max-age=31536000, immutable`);
    for (const folder of ['fragment', 'index']) {
      expect(headers).toContain(
        `${BASE}pagefind/:bundle/${folder}/*\n  Cache-Control: public, max-age=31536000, immutable`,
      );
    }
  });
});

describe('security of the built pages', () => {
  it('carries a Content-Security-Policy on every page that allows no inline script or style', () => {
    for (const [page, html] of site.pages) {
      const policy = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(policy, page).toMatch(/default-src 'self'/);
      expect(policy, page).toMatch(/object-src 'none'/);
      expect(policy, page).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\s\*/);
      expect(/^\/((ja|ko)\/)?search\/$/.test(page) || !policy.includes('wasm-unsafe-eval'), page).toBe(true);
      expect(html.querySelectorAll('style'), page).toHaveLength(0);
      expect(html.querySelectorAll('[style]'), page).toHaveLength(0);
      const scripts = html.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      for (const script of scripts) expect(script.getAttribute('src'), `${page}: inline script`).toBeTruthy();
    }
  });

  it('lets nothing of the injection corpus through', () => {
    const page = site.page('/articles/2022/hostile/');
    expect(page.querySelectorAll('script').map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(
      page.querySelectorAll('iframe, object, embed, form, svg, math, style, base, meta[http-equiv="refresh"]').length,
    ).toBe(0);
    const attributes = page.querySelectorAll('*').flatMap((el) => Object.entries(el.attributes));
    expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
    expect(attributes.filter(([, value]) => /^\s*(javascript|data|vbscript):/i.test(value))).toEqual([]);
    // Frontmatter text is shown as text: escaped in HTML, and `<` escaped inside the JSON-LD block.
    expect(page.querySelector('h1')!.textContent).toBe('<script>alert("title")</script> Hostile headline');
    expect(page.querySelector('script[type="application/ld+json"]')!.innerHTML).not.toContain('<');
    // Harmless markup written as HTML survives.
    expect(page.querySelector('.prose em')?.textContent).toBe('emphasis survives');
  });
});

describe('hygiene of dist/', () => {
  it('is a relative link to a site folder beside it that holds plain files, so upload tools given dist/ copy files', () => {
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    const target = readlinkSync(outDir);
    expect(path.isAbsolute(target)).toBe(false);
    expect(path.dirname(target)).toBe('.dist-site');
    const links = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isSymbolicLink(),
    );
    expect(links).toEqual([]);
  });

  it('holds no source map, no Astro internals and no stray file', () => {
    const stray = [...site.files].filter(
      (file) =>
        file.endsWith('.map') ||
        file.startsWith('.') ||
        file.includes('/.') ||
        !/\.(html|css|js|json|xml|txt|csv|png|webp|jpg|avif|svg|ico|wasm|pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$|^_headers$/.test(
          file,
        ),
    );
    expect(stray).toEqual([]);
  });
});
