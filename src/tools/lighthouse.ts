/**
 * `npm run lighthouse`: builds the site, serves dist/ on 127.0.0.1 with the security headers of
 * `_headers` and gzip (as a host would), and runs Lighthouse in Debian's Chromium on the home page,
 * an article and a term page. Prints the four scores per page; exits 1 if any is below 100.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { siteConfig } from '../config.ts';
import { SECURITY_HEADERS } from '../output/deploy-headers.ts';
import { startStaticServer } from './static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const server = await startStaticServer({
  root: path.resolve('dist'),
  base: siteConfig.base,
  headers: SECURITY_HEADERS,
});
const pages = [
  ['home', ''],
  ['article', 'articles/2022/biden-kishida-tokyo-summit/'],
  ['term page', 'countries/japan/'],
] as const;
const profile = await mkdtemp(path.join(tmpdir(), 'sda-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath,
  userDataDir: profile,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

let failed = false;
const rows: string[][] = [];
try {
  for (const [name, page] of pages) {
    const result = await lighthouse(`${server.url}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${name}`);
    const scores = CATEGORIES.map((category) => Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
    if (scores.some((score) => score < 100)) {
      failed = true;
      for (const audit of Object.values(result.lhr.audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative') {
          console.log(`  ${name}: ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
        }
      }
    }
    rows.push([name, ...scores.map(String)]);
  }
} finally {
  await chrome.kill();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}

const header = ['page', ...CATEGORIES];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
process.exitCode = failed ? 1 : 0;
