/**
 * `npm run bench -- --articles N [--translations SHARE] [--out DIR]`: writes a deterministic
 * archive-sized corpus, with Japanese and Korean translations of SHARE (0..1, 0.2 unless told) of
 * its articles in each language, builds it with the real pipeline (`npm run build`: content check,
 * every page, feeds, exports, search index), edits one article and builds again. Prints a table,
 * then one JSON line with the figures. Timing lives here, never in a test.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { cacheDirFor } from '../config.ts';
import { translationLanguages } from '../i18n/languages.ts';
import { measurePreview, type PreviewFigures } from './bench-preview.ts';
import { samplePeakRss } from './process-tree.ts';
import { firstQueryBytes } from './search-payload.ts';
import { makeArchiveCorpus } from './archive-corpus.ts';
import { writeCorpus } from './corpus-files.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    translations: { type: 'string', default: '0.2' },
    out: { type: 'string' },
    preview: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles takes a positive whole number');
const translationShare = Number(values.translations);
if (values.translations.trim() === '' || !(translationShare >= 0 && translationShare <= 1)) {
  throw new Error('--translations takes the share of articles translated into each language, from 0 to 1, such as 0.2');
}

const root = values.out ? path.resolve(values.out) : await mkdtemp(path.join(tmpdir(), 'sda-bench-'));
const contentDir = path.join(root, 'content');
// Under the corpus folder: a temporary one, or --out, which is kept after the run.
const outDir = path.join(root, 'dist');

async function timedBuild(): Promise<{ seconds: number; peakRss: number; output: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['src/cli/build.ts', '--out', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const memory = samplePeakRss(child.pid!);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const peakRss = memory.stop();
  if (code !== 0) throw new Error(`Build failed (exit ${code}):\n${output.slice(-4000)}`);
  return { seconds: (performance.now() - started) / 1000, peakRss, output };
}

async function folderBytes(dir: string): Promise<{ bytes: number; pages: number }> {
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (n: number) => Math.round(n * 10) / 10;

const corpus = makeArchiveCorpus({ articles, seed: 42, translations: translationShare });
const translations = Object.fromEntries(
  translationLanguages.map((lang) => [lang, corpus.translations.filter((t) => t.lang === lang).length]),
);
const translationCounts = Object.entries(translations)
  .map(([lang, count]) => `${lang} ${count}`)
  .join(', ');
console.log(`Writing ${articles} articles and their translations (${translationCounts}) to ${contentDir} …`);
const generated = performance.now();
await writeCorpus(contentDir, corpus, 42, { longBodies: true });
console.log(`  written in ${round((performance.now() - generated) / 1000)} s`);

await rm(cacheDirFor(contentDir), { recursive: true, force: true });
await rm(outDir, { recursive: true, force: true });
// The preview first, while every cache of the new corpus is cold, as for an editor's first run.
let preview: PreviewFigures | undefined;
if (values.preview) {
  console.log('Live preview (npm run dev) …');
  preview = await measurePreview(contentDir, corpus);
  // Its edits and the draft it added stay: the builds below only count them as content.
  await rm(cacheDirFor(contentDir), { recursive: true, force: true });
}
console.log('Cold build …');
const cold = await timedBuild();

const edited = corpus.articles[Math.floor(articles / 2)]!;
await appendFile(path.join(contentDir, 'articles', `${edited.id}.md`), '\nA correction was added after publication.\n');
console.log(`Rebuild after editing ${edited.id} …`);
const warm = await timedBuild();

const { bytes: distBytes, pages } = await folderBytes(outDir);
const articleHtml = await readFile(path.join(outDir, 'articles', edited.id, 'index.html'));
const stylesheets = [...articleHtml.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
let cssGzip = 0;
for (const href of stylesheets) cssGzip += gzipSync(await readFile(path.join(outDir, href.replace(/^\/+/, '')))).length;
// A word in most articles: the broadest first query, the most a reader downloads for one.
const search = await firstQueryBytes(outDir, 'satellite');
const result = {
  articles,
  translations,
  pages,
  coldSeconds: round(cold.seconds),
  warmSeconds: round(warm.seconds),
  peakRssMB: Math.round(Math.max(cold.peakRss, warm.peakRss) / 1024 / 1024),
  distMB: mb(distBytes),
  articleHtmlGzipBytes: gzipSync(articleHtml).length,
  articleCssGzipBytes: cssGzip,
  ...preview,
};

/** Where the time went, from the phase lines the build prints. */
function phases(output: string): string {
  const pick = (pattern: RegExp) => pattern.exec(output)?.[1] ?? '?';
  return [
    `check ${pick(/Content check: \d+ article\(s\) in ([\d.]+) s/)} s`,
    `bodies ${pick(/rendered \(the rest cached\) in ([\d.]+) s/)} s`,
    `staging ${pick(/Staging folder: .* in ([\d.]+) s/)} s`,
    // Astro writes long phases as "2m 5s".
    `content sync ${pick(/\[types\] Generated ((?:\d+m )?[\d.]+m?s)/)}`,
    `pages ${pick(/generating static routes[\s\S]*?Completed in ((?:\d+m )?[\d.]+m?s)/)}`,
    `astro total ${pick(/Astro build: ([\d.]+) s/)} s`,
    `search index ${pick(/Search index: .* in ([\d.]+) s/)} s (${pick(/Search index: .*?, (\d+ bundle\(s\) indexed, \d+ kept)/)})`,
  ].join(', ');
}

const rows: [string, string][] = [
  ['articles', String(result.articles)],
  ['translations', translationCounts],
  ['HTML pages', String(result.pages)],
  ['cold build', `${result.coldSeconds} s`],
  ['  of which', phases(cold.output)],
  ['rebuild after one edit', `${result.warmSeconds} s`],
  ['  of which', phases(warm.output)],
  ['peak memory (process tree)', `${result.peakRssMB} MB`],
  ['dist/ size', `${result.distMB} MB`],
  ['article page HTML, gzip', `${result.articleHtmlGzipBytes} B`],
  ['article page CSS, gzip', `${result.articleCssGzipBytes} B`],
  [
    'search, first query download',
    `${search.totalBytes} B (page script ${search.pageScriptBytes}, pagefind.js ${search.pagefindScriptBytes}, index ${search.indexBytes} in ${search.indexFiles} files)`,
  ],
];
if (preview) {
  rows.push(
    ['preview: home page served', `${round(preview.previewReadySeconds)} s after npm run dev`],
    ['preview: first article', `${preview.previewFirstArticleSeconds} s`],
    ['preview: a term page, the tracker', `${preview.previewTermSeconds} s, ${preview.previewAgreementsSeconds} s`],
    ['preview: an edit shown', `${preview.previewEditSeconds} s after saving`],
    ['preview: a new draft shown', `${preview.previewNewDraftSeconds} s after saving`],
    ['preview: slowest of 100 pages', `${preview.previewSlowestPageSeconds} s`],
    ['preview: peak memory (process tree)', `${preview.previewPeakRssMB} MB`],
  );
}
const width = Math.max(...rows.map(([label]) => label.length));
console.log('');
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
if (!values.out) await rm(root, { recursive: true, force: true });
await rm(cacheDirFor(contentDir), { recursive: true, force: true });
console.log(JSON.stringify(result));
