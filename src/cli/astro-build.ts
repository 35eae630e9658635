/**
 * The Astro step of `npm run build` (src/cli/build.ts), which runs it as a process of its own:
 * Astro's `build()` leaves several hundred MB of native memory (bundler, CSS and image tools)
 * behind when it returns, which the search index step would otherwise carry (at 10,000 articles,
 * measured once: a peak of 1.8 GB in one process against 1.3 GB apart). The build passes a
 * production environment, the staging folder and the setup's Astro cache folder.
 *
 * Astro's log goes to the terminal as usual, and its warnings and errors to src/cli/build-log.ts;
 * this process sends the build those, a thrown error among them, and the build fails on any.
 *
 * Usage (by the build only): node src/cli/astro-build.ts OUT_DIR CACHE_DIR
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { logHandlers } from 'astro/config';
import { projectRoot } from '../config.ts';
import { keepNoPageCopies } from './astro-page-copies.ts';
import { astroAlarms } from './build-log.ts';
import { acquireBuildLock } from './build-lock.ts';

const [outDir, cacheDir] = process.argv.slice(2) as [string, string];

// Never outlive the build: a killed build's next run may already be filling the staging folder.
const orphaned = () => process.exit(1);
process.on('disconnect', orphaned);

/**
 * Astro writes two files into the project's `.astro/` whatever the content folder, the lists of
 * the images and modules its content store refers to (content-assets.mjs, content-modules.mjs),
 * then bundles them into the pages. That folder cannot be moved per content folder: Astro puts it
 * under its `root` with no option (core/config/settings.js), and another root would move src/
 * with it. So Astro's step runs one build at a time in a project (two builds of different content
 * folders, as the test suite runs them, would bundle each other's lists), and starts without the
 * lists: Astro rewrites them only when its content store changed, and would keep another folder's.
 */
const dotAstroDir = path.join(projectRoot, '.astro');
const contentLists = ['content-assets.mjs', 'content-modules.mjs'];

/** A thrown error for the report: its message without stack frames (printed above), where it happened, Astro's hint. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `[ERROR] ${String(error)}`;
  const { loc, hint } = error as Error & { loc?: { file?: string; line?: number; column?: number }; hint?: string };
  const where = loc?.file
    ? ` (${path.relative(projectRoot, loc.file)}${loc.line ? `:${loc.line}:${loc.column ?? 0}` : ''})`
    : '';
  const message = error.message
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');
  return [`[ERROR] ${error.name}: ${message}${where}`, ...(hint ? [`Hint: ${hint}`] : [])].join('\n');
}

const lock = await acquireBuildLock(dotAstroDir, () =>
  console.log('Waiting for another build in this project to finish its Astro step…'),
);
try {
  for (const file of contentLists) rmSync(path.join(dotAstroDir, file), { force: true });
  await keepNoPageCopies(cacheDir);
  await build({
    outDir,
    cacheDir,
    logger: logHandlers.compose(logHandlers.node(), { entrypoint: new URL('./build-log.ts', import.meta.url) }),
  });
} catch (error) {
  console.error(error);
  astroAlarms().push(describeError(error));
} finally {
  await lock.release();
}
process.off('disconnect', orphaned);
process.send!(astroAlarms(), () => process.disconnect());
