/**
 * How `npm run build` keeps its state and runs Astro. State belongs to a build setup, one content
 * folder built into one output folder (src/cli/output-folders.ts): a build of another content
 * folder, into the same output folder or another, and a build of the same content folder into
 * another output folder leave a setup's state alone, so its next build still starts from its last
 * site and re-renders only what changed. Astro runs through its API (src/cli/astro-build.ts), as a
 * production build whatever the environment says, and its warnings and errors reach the build
 * through a log destination (src/cli/build-log.ts).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO_PAGE_COPIES } from '../../src/cli/astro-page-copies.ts';
import { acquireBuildLock } from '../../src/cli/build-lock.ts';
import { writeCorpus } from '../../src/tools/corpus-files.ts';
import { makeCorpus } from '../../src/tools/synthetic-corpus.ts';
import { hashTree, projectRoot, removeCache, runBuild, setupFolders } from '../support/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'sda-build-state-'));
const corpusA = makeCorpus({ articles: 20, seed: 21 });
const corpusB = makeCorpus({ articles: 20, drafts: 1, seed: 22 });
const contentA = path.join(work, 'content-a');
const contentB = path.join(work, 'content-b');
const distA = path.join(work, 'dist-a');
const distB = path.join(work, 'dist-b');

/** The files of the pages Astro rendered rather than reused, from the build log. */
function renderedPages(output: string): string[] {
  // Without colour codes: Astro colours its log where it thinks the terminal can (CI=true).
  return stripVTControlCharacters(output)
    .split('├─')
    .slice(1)
    .filter((entry) => !/^[^\n]*\((restored|cached)\)/.test(entry))
    .map((entry) => /^\s*\/(\S+?\.(?:html|xml|json|csv|txt|png))/.exec(entry)?.[1] ?? entry)
    .sort();
}

function build(contentDir: string, outDir: string, env: Record<string, string> = {}): string {
  const { code, output } = runBuild(contentDir, outDir, env);
  if (code !== 0) throw new Error(`The build of ${contentDir} into ${outDir} failed:\n${output}`);
  return output;
}

beforeAll(async () => {
  await writeCorpus(contentA, corpusA, 21);
  await writeCorpus(contentB, corpusB, 22);
});

afterAll(() => {
  for (const dir of [contentA, contentB]) removeCache(dir);
  rmSync(work, { recursive: true, force: true });
});

describe('the build', () => {
  it('runs Astro through its API, with no astro on PATH, as a production build under a test runner’s DEV=1', () => {
    // A test runner's settings (vitest sets DEV=1) would publish drafts in a development build.
    build(contentB, distB, {
      PATH: path.dirname(process.execPath),
      DEV: '1',
      MODE: 'development',
      NODE_ENV: 'development',
    });
    const page = (id: string) => path.join(distB, 'articles', id, 'index.html');
    for (const { id, draft } of corpusB.articles) expect(existsSync(page(id)), id).toBe(!draft);
  });
});

describe("Astro's step", () => {
  it('runs one build at a time in the project, whatever the content folder (Astro writes into .astro/)', async () => {
    // This test holds the step's lock; a build of another content folder waits for it.
    const held = await acquireBuildLock(path.join(projectRoot, '.astro'));
    let output = '';
    const waiting = spawn(process.execPath, ['src/cli/build.ts', '--out', path.join(work, 'dist-waiting')], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: contentB },
    });
    const exited = new Promise<number | null>((resolve) => waiting.once('close', resolve));
    try {
      for (const stream of [waiting.stdout, waiting.stderr]) {
        stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
      }
      while (!output.includes('Waiting for another build in this project to finish its Astro step…')) {
        if (waiting.exitCode !== null) throw new Error(`The build ended without waiting:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(output).not.toContain('[build]');
    } finally {
      await held.release();
    }
    expect(await exited, output).toBe(0);
  });
});

describe('a build setup', () => {
  it('stays incremental after builds of another content folder into its output folder and of its content folder elsewhere', () => {
    build(contentA, distA);
    // Pages without a key (home, lists, feeds, exports) are rendered every time.
    const unchanged = build(contentA, distA);
    expect(unchanged).toContain('Staging folder: a copy of the published site');
    const alwaysRendered = renderedPages(unchanged);
    expect(alwaysRendered.filter((page) => page.startsWith('articles/'))).toEqual([]);
    const stateA = setupFolders(contentA, distA).stateDir;
    // The staging folder is the copy of the site: Astro keeps no second one (src/cli/astro-page-copies.ts).
    expect(existsSync(path.join(stateA, ASTRO_PAGE_COPIES))).toBe(false);
    const stateBefore = hashTree(stateA);

    build(contentB, distB);
    build(contentA, distB);
    build(contentB, distA);
    expect(hashTree(stateA)).toEqual(stateBefore);

    // One more word in one body: its page changes, no list's reading time does.
    const edited = corpusA.articles[5]!.id;
    appendFileSync(path.join(contentA, 'articles', `${edited}.md`), '\nCorrected.\n');
    const rebuild = build(contentA, distA);
    expect(rebuild).toContain('Staging folder: a copy of the published site');
    expect(renderedPages(rebuild)).toEqual([...alwaysRendered, `articles/${edited}/index.html`].sort());
    // What a build of the same content from nothing publishes.
    const clean = path.join(work, 'dist-clean');
    build(contentA, clean);
    expect(hashTree(distA)).toEqual(hashTree(clean));
  }, 300_000);
});

describe("Astro's warnings and errors", () => {
  it('are collected from every copy of the log destination in the process, without colours, and nothing else is', async () => {
    // Astro loads the destination in the build process and again bundled with the page renderer.
    const first = await import('../../src/cli/build-log.ts');
    const copy = '../../src/cli/build-log.ts?bundled-copy';
    const second = (await import(/* @vite-ignore */ copy)) as typeof first;
    expect(second).not.toBe(first);
    const message = (level: 'info' | 'warn' | 'error', label: string | null, text: string) => ({
      level,
      label,
      message: text,
      newLine: true,
    });
    first.default().write(message('info', 'build', 'Complete!'));
    first.default().write(message('warn', 'glob-loader', '\u001b[33mDuplicate id "2022/x" found\u001b[39m'));
    second.default().write(message('error', null, 'Could not read content/leaders.yaml'));
    expect(first.astroAlarms()).toEqual([
      '[WARN] [glob-loader] Duplicate id "2022/x" found',
      '[ERROR] Could not read content/leaders.yaml',
    ]);
    expect(second.astroAlarms()).toBe(first.astroAlarms());
  });
});
