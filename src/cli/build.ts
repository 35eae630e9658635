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
import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../config.ts';
import { headersFile } from '../output/deploy-headers.ts';
import { checkProjectContent, displayPath } from '../pipeline/content-check.ts';
import { SEARCH_FOLDER } from '../output/search.ts';
import { formatReport } from '../domain/validate.ts';
import { buildArchive } from '../domain/archive.ts';
import { buildEdition, type TranslationRecord } from '../domain/edition.ts';
import { languageCodes, type Language } from '../i18n/languages.ts';
import type { CheckedTranslation } from '../pipeline/content-check.ts';
import { allCards } from '../output/page-cards.ts';
import { drawCards, placeCards, stopDrawingCards } from '../pipeline/card-images.ts';
import { CARD_FOLDER } from '../output/cards.ts';
import { acquireBuildLock, canonicalFolder } from './build-lock.ts';
import { outputFolders, prepareStagingInBackground, publish } from './output-folders.ts';
import { removeFolder } from './folder-copies.ts';
import { renderBodies } from './render-bodies.ts';
import { buildSearchIndex } from './search-index.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
/** One spelling of the output folder, which names its lock and this build setup's state. */
const outDir = canonicalFolder(values.out);
const folders = outputFolders(siteConfig.cacheDir, outDir);
const { stagingDir } = folders;
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

/**
 * Astro's build into the staging folder, with this setup's Astro cache, by Astro's API in a process
 * of its own (src/cli/astro-build.ts): returns the warnings and errors Astro logged, any of which
 * fails the build.
 */
function runAstroBuild(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./astro-build.ts', import.meta.url), [stagingDir, folders.stateDir], {
      env: productionEnv(process.env),
    });
    let alarms: string[] | undefined;
    child.once('message', (message) => (alarms = message as string[]));
    child.once('error', reject);
    child.once('close', (code, signal) =>
      resolve(alarms ?? [`[ERROR] Astro's build stopped (${signal ?? `exit code ${code}`}) before it reported`]),
    );
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

/**
 * The published translations into `lang` as the editions take them. Cards and the search index
 * need only which articles are translated and their agreement titles, not the translated text.
 */
function translationsOf(translations: readonly CheckedTranslation[], lang: Language): TranslationRecord[] {
  return translations
    .filter((translation) => translation.lang === lang && !translation.draft)
    .map((translation) => ({ ...translation, title: '', description: '', readingMinutes: 1, file: '' }));
}

/**
 * The folders the build writes after Astro, the search index and the cards: never rewritten in place,
 * so a new staging folder takes them from the published site by hard link (output-folders.ts).
 */
const LINKED_FOLDERS = [SEARCH_FOLDER, CARD_FOLDER];

async function main(): Promise<number> {
  const leftAlone = `${outName} was left as it was.`;
  const phase = timer();
  // While this thread checks the content (one core), worker threads render the bodies and fill the
  // staging folder. Neither publishes anything: a content problem still stops the build here.
  const preparing = prepareStagingInBackground(folders, LINKED_FOLDERS);
  const rendering = renderBodies(path.join(siteConfig.contentDir, 'articles'), displayPath);
  // Check all content before Astro: its own validation stops at the first bad file.
  const { problems: checkProblems, articleCount, articles, data, translations } = await checkProjectContent();
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
  // The link-preview cards are drawn from here on, on a spare core, while Astro starts and renders
  // pages; they join the site once Astro is done (src/pipeline/card-images.ts).
  const published = articles.filter((article) => !article.draft);
  const archive = buildArchive({ articles: published, ...data });
  const editions = languageCodes.map((lang) => buildEdition(archive, lang, translationsOf(translations, lang)));
  const cards = drawCards(allCards(editions).values());
  // Awaited below, once the pages are built; a failure before then stops the drawing instead.
  cards.catch(() => undefined);
  const staging = await preparing;
  console.log(`Staging folder: ${staging.startedFrom} in ${phase()} s`);
  const alarms = await runAstroBuild();
  console.log(`Astro build: ${phase()} s`);
  if (alarms.length > 0) {
    stopDrawingCards();
    removeFolder(stagingDir);
    console.error(`\nBuild failed: Astro reported ${alarms.length} warning(s) or error(s):`);
    for (const alarm of alarms) console.error(`  ${alarm.replaceAll('\n', '\n    ')}`);
    console.error(`\nBuild failed. ${leftAlone}`);
    return 1;
  }
  await writeFile(path.join(stagingDir, '_headers'), headersFile(siteConfig.base));
  const searchEditions = editions.map((edition) => ({ lang: edition.lang as Language, articles: edition.articles }));
  const search = await buildSearchIndex(stagingDir, searchEditions, staging.searchBundles);
  if (search.problems.length > 0) {
    stopDrawingCards();
    removeFolder(stagingDir);
    console.error('\nBuild failed: the search index (Pagefind) could not be built:');
    for (const problem of search.problems) console.error(`  ${problem}`);
    console.error(`\nBuild failed. ${leftAlone}`);
    return 1;
  }
  const kept = Object.keys(search.bundles).length - search.indexed.length;
  console.log(
    `Search index: ${search.pages} article page(s), ${search.indexed.length} bundle(s) indexed, ${kept} kept, in ${phase()} s`,
  );
  try {
    const { files, drawn } = await cards;
    placeCards(stagingDir, files);
    console.log(`Link-preview cards: ${files.size}, ${drawn} drawn (the rest cached), in ${phase()} s`);
  } catch (error) {
    removeFolder(stagingDir);
    console.error(
      `\nBuild failed: ${error instanceof Error ? error.message : String(error)}\n\nBuild failed. ${leftAlone}`,
    );
    return 1;
  }
  publish(folders, search.bundles);
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
