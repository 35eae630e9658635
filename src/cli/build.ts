/**
 * `npm run build`: builds the site into a staging folder and swaps it in for `dist/` only when
 * every step passed, so a failed build never leaves a half-written site behind. Astro warnings and
 * errors fail the build too: Astro lets some content mistakes through with only a log line.
 *
 * Content is checked in full before Astro starts, so editors see every problem in one run. The
 * search index (Pagefind, article pages only, src/cli/search-index.ts) is brought up to date in the
 * staging folder after Astro, and a failure there fails the build the same way.
 *
 * Usage: node src/cli/build.ts [--out DIR]   (CONTENT_DIR, SITE_URL, SITE_BASE from the environment)
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../config.ts';
import { findAlarms } from '../lib/build-log.ts';
import { headersFile } from '../lib/deploy-headers.ts';
import { checkProjectContent, displayPath } from '../lib/content-check.ts';
import { SEARCH_FOLDER } from '../lib/search.ts';
import { formatReport } from '../lib/validate.ts';
import { acquireBuildLock } from './build-lock.ts';
import {
  copySpareInBackground,
  prepareStagingInBackground,
  publish,
  removeFolder,
  removeSpare,
  type OutputFolders,
} from './output-folders.ts';
import { renderBodies } from './render-bodies.ts';
import { buildSearchIndex } from './search-index.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(values.out);
// Astro puts its prerender chunks beside the output folder only when that folder is inside the
// working directory (elsewhere it falls back to a shared `.astro/`, and parallel builds collide):
// stage in the project's cache folder, one folder per output folder, then move the result to
// wherever --out points. The name must not change between builds: Astro's incremental build
// hashes the path into every page's key, so a new name each time would re-render every page.
const stagingDir = path.join(siteConfig.cacheDir, `staging-${createHash('sha256').update(outDir).digest('hex').slice(0, 8)}`);
const folders: OutputFolders = { outDir, stagingDir, cacheDir: siteConfig.cacheDir };
/** The output folder as messages name it. */
const outName = `${path.relative(process.cwd(), outDir) || outDir}/`;

/**
 * The environment for Astro. Vite's `import.meta.env` picks up NODE_ENV and variables named like its
 * own (DEV, PROD, MODE, …): a shell or test runner that sets them (vitest sets DEV=1) would
 * otherwise turn the build into a development one that publishes drafts.
 */
function productionEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DEV: _dev, PROD: _prod, SSR: _ssr, MODE: _mode, BASE_URL: _base, ...rest } = env;
  return { ...rest, NODE_ENV: 'production' };
}

function runAstroBuild(): Promise<{ code: number; alarms: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn('astro', ['build', '--outDir', stagingDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: productionEnv(process.env),
    });
    const alarms: string[] = [];
    const watch = (stream: NodeJS.ReadableStream, sink: NodeJS.WritableStream) => {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        sink.write(chunk);
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        alarms.push(...findAlarms(lines));
      });
      stream.on('end', () => alarms.push(...findAlarms([pending])));
    };
    watch(child.stdout, process.stdout);
    watch(child.stderr, process.stderr);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, alarms }));
  });
}

/** Seconds since the previous call, for the phase timings the build prints (and `npm run bench` reads). */
function timer(): () => string {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = ((now - last) / 1000).toFixed(1);
    last = now;
    return seconds;
  };
}

async function main(): Promise<number> {
  const leftAlone = `${outName} was left as it was.`;
  const phase = timer();
  // While this thread checks the content (one core), worker threads render the bodies and fill the
  // staging folder. Neither publishes anything: a content problem still stops the build here.
  const preparing = prepareStagingInBackground(folders, [SEARCH_FOLDER]);
  const rendering = renderBodies(path.join(siteConfig.contentDir, 'articles'), displayPath);
  // Check all content before Astro: its own validation stops at the first bad file.
  const { problems: checkProblems, articleCount, articles } = await checkProjectContent();
  console.log(`Content check: ${articleCount} article(s) in ${phase()} s`);
  // Each phase line gives the time it took beyond the phases before it.
  const bodies = await rendering;
  console.log(`Article bodies: ${bodies.rendered} of ${bodies.articles} rendered (the rest cached) in ${phase()} s`);
  // A body that cannot be rendered is a content problem like any other, listed with the rest.
  const problems = [...checkProblems, ...bodies.problems];
  if (problems.length > 0) {
    // The body cache keeps what was rendered, the staging folder waits for the next build.
    await preparing.catch(() => undefined);
    console.error(`${formatReport(problems)}\n\nBuild stopped before rendering. ${leftAlone}`);
    return 1;
  }
  const staging = await preparing;
  console.log(`Staging folder: ${staging.startedFrom} in ${phase()} s`);
  const { code, alarms } = await runAstroBuild();
  console.log(`Astro build: ${phase()} s`);
  const failed = code !== 0 || alarms.length > 0;
  if (failed) {
    removeFolder(stagingDir);
    if (alarms.length > 0) {
      console.error(`\nBuild failed: Astro reported ${alarms.length} warning(s) or error(s):`);
      for (const alarm of alarms) console.error(`  ${alarm}`);
    }
    console.error(`\nBuild failed. ${leftAlone}`);
    return 1;
  }
  await writeFile(path.join(stagingDir, '_headers'), headersFile(siteConfig.base));
  // A build that started empty copies its output while Pagefind runs, for the next build to start from.
  const spare = staging.startedFrom === 'empty' ? copySpareInBackground(folders, [SEARCH_FOLDER]) : undefined;
  const search = await buildSearchIndex(stagingDir, articles, staging.searchBundles, `${stagingDir}-search`);
  // Only an optimisation: without a spare, the next build copies the published site instead.
  if (spare) await spare.catch(() => removeSpare(folders));
  if (search.problems.length > 0) {
    removeFolder(stagingDir);
    removeSpare(folders);
    console.error('\nBuild failed: the search index (Pagefind) could not be built:');
    for (const problem of search.problems) console.error(`  ${problem}`);
    console.error(`\nBuild failed. ${leftAlone}`);
    return 1;
  }
  const kept = Object.keys(search.bundles).length - search.indexed.length;
  console.log(`Search index: ${search.pages} article page(s), ${search.indexed.length} bundle(s) indexed, ${kept} kept, in ${phase()} s`);
  publish(folders, search.bundles, [SEARCH_FOLDER]);
  console.log(`\nBuilt into ${outName}`);
  return 0;
}

/**
 * One build per output folder at a time, whatever its content folder: two would publish under each
 * other (and, for the same content, share the staging folder). A second build waits for the first.
 */
const lock = await acquireBuildLock(outDir, () => console.log(`Waiting for another build of ${outName} to finish…`));
try {
  process.exitCode = await main();
} finally {
  await lock.release();
}
