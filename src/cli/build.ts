/**
 * `npm run build`: builds the site into a staging folder and swaps it in for `dist/` only when
 * every step passed, so a failed build never leaves a half-written site behind. Astro warnings and
 * errors fail the build too: Astro lets some content mistakes through with only a log line.
 *
 * Content is checked in full before Astro starts, so editors see every problem in one run.
 *
 * Usage: node src/cli/build.ts [--out DIR]   (CONTENT_DIR, SITE_URL, SITE_BASE from the environment)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../config.ts';
import { findAlarms } from '../lib/build-log.ts';
import { checkContent } from '../lib/content-check.ts';
import { todayIn } from '../lib/dates.ts';
import { formatReport } from '../lib/validate.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(values.out);
const stagingDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging`);
const retiredDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-retired`);


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

async function publish(): Promise<void> {
  await rm(retiredDir, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, retiredDir);
  await rename(stagingDir, outDir);
  await rm(retiredDir, { recursive: true, force: true });
}

async function main(): Promise<number> {
  const leftAlone = `${path.relative(process.cwd(), outDir) || outDir}/ was left as it was.`;
  // Check all content first: Astro's own validation stops at the first bad file.
  const { problems } = await checkContent(siteConfig.contentDir, {
    displayRoot: process.cwd(),
    today: todayIn(siteConfig.timeZone),
  });
  if (problems.length > 0) {
    console.error(`${formatReport(problems)}\n\nBuild stopped before rendering. ${leftAlone}`);
    return 1;
  }

  await rm(stagingDir, { recursive: true, force: true });
  const { code, alarms } = await runAstroBuild();
  const failed = code !== 0 || alarms.length > 0;
  if (failed) {
    await rm(stagingDir, { recursive: true, force: true });
    if (alarms.length > 0) {
      console.error(`\nBuild failed: Astro reported ${alarms.length} warning(s) or error(s):`);
      for (const alarm of alarms) console.error(`  ${alarm}`);
    }
    console.error(`\nBuild failed. ${leftAlone}`);
    return 1;
  }
  await publish();
  console.log(`\nBuilt into ${path.relative(process.cwd(), outDir) || outDir}/`);
  return 0;
}

process.exitCode = await main();
