/**
 * The W3C Nu HTML Checker over every page and stylesheet of a built site: the fixture-site corpus
 * (every page kind, pagination, a picture) plus the injection corpus and pictures whose addresses
 * the sanitiser refuses, so what it leaves of hostile markup is checked too. html-validate runs in
 * fixture-site.test.ts: the two catch different things. Without Java this fails with the apt hint;
 * it never skips.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/tools/corpus-files.ts';
import { makeCorpus } from '../../src/tools/synthetic-corpus.ts';
import { nuCheck, type NuReport } from '../support/nu-checker.ts';
import { projectRoot, readSite, removeCache, runBuild, text, type Site } from '../support/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'sda-nu-'));
const contentDir = path.join(work, 'content');
/** Checked in one run of the checker: the built site, and canary files it must find fault with. */
const checked = path.join(work, 'checked');
const outDir = path.join(checked, 'site');
/** The mistake /search/ used to have, a script after </html>; and a misspelt CSS property. */
const CANARY = {
  'index.html':
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Canary</title></head>\n<body><p>Canary</p></body></html><script src="/x.js"></script>\n',
  'canary.css': 'p { color: red; }\n\np { colr: red; }\n',
};
const HOSTILE_TITLE = '<script>alert("title")</script> Hostile headline';
/** Pictures whose addresses the sanitiser refuses: without them, what is left must still be valid. */
const REFUSED_PICTURES = `---
title: 'Refused pictures </script><!--'
description: 'A dek with </script> and <!-- in it'
date: "2022-06-02"
countries: [aldoria]
source:
  publication: Wire
---

![A Markdown picture with a data address](data:image/png;base64,AAAA)

<picture><source srcset="javascript:alert(1)"><img src="data:image/png;base64,AAAA" alt="A picture element"></picture>

<picture><source srcset="data:image/png;base64,AAAA 1x"><img src="https://example.org/moon.png" alt="The Moon"></picture>
`;

let site: Site;
let report: NuReport | undefined;
/** One run for the whole folder, in the tests rather than beforeAll: without Java they fail, not skip. */
const nu = () => (report ??= nuCheck(checked));

beforeAll(async () => {
  await writeCorpus(contentDir, makeCorpus({ articles: 50, drafts: 1, seed: 7 }), 7);
  cpSync(
    path.join(projectRoot, 'tests/fixtures/injection/hostile.md'),
    path.join(contentDir, 'articles/2022/hostile.md'),
  );
  writeFileSync(path.join(contentDir, 'articles/2022/refused-pictures.md'), REFUSED_PICTURES);
  const build = runBuild(contentDir, outDir);
  if (build.code !== 0) throw new Error(`Build failed:\n${build.output}`);
  site = readSite(outDir);
  mkdirSync(path.join(checked, 'canary'));
  for (const [file, text] of Object.entries(CANARY)) writeFileSync(path.join(checked, 'canary', file), text);
});

afterAll(() => {
  removeCache(contentDir);
  rmSync(work, { recursive: true, force: true });
});

describe('the W3C Nu HTML Checker over a built site', () => {
  it('finds fault with a page and a stylesheet, naming file, line and column', () => {
    expect(nu().errors).toContain('canary/index.html:3:20: Stray start tag “script”.');
    expect(nu().errors).toContain("canary/canary.css:3:11: CSS: “colr”: Property “colr” doesn't exist.");
  });

  it('finds no error on any page or stylesheet of the site', () => {
    const { errors: all, warnings: allWarnings, seconds } = nu();
    const errors = all.filter((error) => !error.startsWith('canary/'));
    const stylesheets = [...site.files].filter((file) => file.endsWith('.css')).length;
    // Warnings are listed, not failed on. Most are about the Content-Security-Policy as the checker
    // sees it from file: URLs, where 'self' matches none of the site's files; JSON-LD counts as an
    // inline script to it, though browsers never run it.
    const warnings = Map.groupBy(allWarnings, (warning) => warning.replace(/^[^:]*:\d+:\d+: /, ''));
    console.info(
      [
        `Nu HTML Checker: ${site.pages.size} pages and ${stylesheets} stylesheets in ${seconds.toFixed(1)} s, ` +
          `${errors.length} errors, ${allWarnings.length} warnings`,
        ...[...warnings].map(([message, where]) => `  ${where.length}× ${message} (first: ${where[0]!.split(':')[0]})`),
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });
});

describe('the search page’s one script (Nu found it after </html> once)', () => {
  it('loads its one script inside the body, after the Content-Security-Policy that governs it', () => {
    const html = readFileSync(path.join(outDir, 'search/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)];
    expect(scripts.map(([tag]) => tag)).toEqual([
      expect.stringMatching(/^<script type="module" src="\/_astro\/[^"]+\.js">$/),
    ]);
    const at = scripts[0]!.index;
    expect(html.indexOf('<meta http-equiv="content-security-policy"')).toBeGreaterThan(-1);
    expect(html.indexOf('<meta http-equiv="content-security-policy"')).toBeLessThan(at);
    expect(html.indexOf('<body')).toBeLessThan(at);
    expect(html.indexOf('</body>')).toBeGreaterThan(at);
  });
});

describe('hostile text in a built page and its feeds', () => {
  const hostile = () => site.page('/articles/2022/hostile/');

  it('keeps a headline with </script> inside the JSON-LD, which parses back to it', () => {
    expect(text(hostile().querySelector('h1'))).toBe(HOSTILE_TITLE);
    const scripts = hostile().querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    expect((JSON.parse(scripts[0]!.textContent) as { headline: string }).headline).toBe(HOSTILE_TITLE);
  });

  it('shows the text alternative of a picture whose address was refused, never an <img> without one', () => {
    const page = site.page('/articles/2022/refused-pictures/');
    const prose = page.querySelector('.prose')!;
    expect(prose.querySelectorAll('img').map((img) => img.getAttribute('src'))).toEqual([
      'https://example.org/moon.png',
    ]);
    expect(prose.querySelectorAll('source')).toHaveLength(0);
    expect(text(prose)).toContain('A Markdown picture with a data address');
    expect(text(prose)).toContain('A picture element');
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent) as {
      description: string;
    };
    expect(ld.description).toBe('A dek with </script> and <!-- in it');
  });

  it('writes only well-formed XML 1.0: every feed and the sitemap', () => {
    const xmlFiles = [...site.files].filter((file) => file.endsWith('.xml'));
    expect(xmlFiles).toContain('countries/aldoria/rss.xml');
    expect(xmlFiles).toContain('sitemap-0.xml');
    for (const file of xmlFiles) {
      const xml = readFileSync(path.join(outDir, file), 'utf8');
      expect(xml, file).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
      expect(XMLValidator.validate(xml), file).toBe(true);
    }
    expect(readFileSync(path.join(outDir, 'countries/aldoria/rss.xml'), 'utf8')).toContain(
      '<title>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Hostile headline</title>',
    );
  });
});
