/**
 * Publishing dist/ (src/cli/output-folders.ts, src/cli/build-lock.ts): two builds started together
 * both finish with a complete site; a killed build, even a zombie, never blocks the next one; and a
 * reader polling the output folder during a rebuild never finds it absent or missing a file, on the
 * project's file system and on another one. Builds run as real processes on a copy of the base
 * fixture corpus.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/tools/corpus-files.ts';
import { makeCorpus } from '../../src/tools/synthetic-corpus.ts';
import { hashTree, listFiles, projectRoot, removeCache, type BuildResult } from '../support/site.ts';

mkdirSync(path.join(projectRoot, 'tests/.output'), { recursive: true });
const work = mkdtempSync(path.join(projectRoot, 'tests/.output/publish-'));
const base = path.join(projectRoot, 'tests/fixtures/content-base');
const contentDirs: string[] = [];
const started: ChildProcess[] = [];
let reference: Map<string, string>;
/** Each test runs one to three builds of a few seconds, on a machine other tests keep busy. */
const slow = { timeout: 180_000 };

/** A copy of the base corpus of its own (its own Astro cache, so no other test shares it). */
function content(name: string): string {
  const dir = path.join(work, name);
  cpSync(base, dir, { recursive: true });
  contentDirs.push(dir);
  return dir;
}

/** `npm run build` as a user runs it, without blocking this process, so that several can run at once. */
function build(contentDir: string, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['src/cli/build.ts', '--out', outDir], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: contentDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

beforeAll(async () => {
  const clean = await build(content('content-clean'), path.join(work, 'dist-clean'));
  if (clean.code !== 0) throw new Error(`The base corpus must build:\n${clean.output}`);
  reference = hashTree(path.join(work, 'dist-clean'));
});

afterAll(() => {
  for (const child of started) child.kill('SIGKILL');
  for (const dir of contentDirs) removeCache(dir);
  rmSync(work, { recursive: true, force: true });
});

describe('two builds of one output folder started together', () => {
  it('both succeed, the second waiting for the first, and leave the site a clean build makes', slow, async () => {
    const contentDir = content('content-pair');
    const outDir = path.join(work, 'dist-pair');
    const results = await Promise.all([build(contentDir, outDir), build(contentDir, outDir)]);
    for (const result of results) expect(result.code, result.output).toBe(0);
    expect(results.filter((result) => result.output.includes('Waiting for another build of')).length).toBe(1);
    expect(listFiles(outDir)).toEqual([...reference.keys()]);
    expect(hashTree(outDir)).toEqual(reference);
  });
});

describe('a build killed with SIGKILL and left a zombie by its parent', () => {
  it('does not block the next build', slow, async (context) => {
    context.skip(process.platform !== 'linux', 'zombies are read from /proc');
    const contentDir = content('content-zombie');
    const outDir = path.join(work, 'dist-zombie');
    // sh starts the build in the background, then becomes `sleep`, which never reaps it.
    const parent = spawn(
      'sh',
      ['-c', '"$0" src/cli/build.ts --out "$1" & echo "build $!"; exec sleep 60', process.execPath, outDir],
      {
        cwd: projectRoot,
        env: { ...process.env, CONTENT_DIR: contentDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    started.push(parent);
    // The build prints its first phase with the lock taken, seconds before it could finish.
    const [, buildPid] = await new Promise<RegExpMatchArray>((resolve, reject) => {
      let text = '';
      parent.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const match = /^build (\d+)$[\s\S]*^Content check: /m.exec(text);
        if (match) resolve(match);
      });
      parent.once('exit', () => reject(new Error(`The build's parent ended early:\n${text}`)));
    });
    process.kill(Number(buildPid), 'SIGKILL');
    const state = () => /\) (\S) /.exec(readFileSync(`/proc/${buildPid}/stat`, 'utf8'))?.[1];
    const deadline = Date.now() + 5000;
    while (state() !== 'Z' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state()).toBe('Z');

    const next = await build(contentDir, outDir);
    expect(next.code, next.output).toBe(0);
    expect(next.output).not.toContain('Waiting for another build of');
    expect(hashTree(outDir)).toEqual(reference);
  });
});

/** What the watcher saw: polling rounds, failed reads, and the digests of what each read returned. */
interface Watched {
  rounds: number;
  misses: string[];
  seen: Map<string, Set<string>>;
}

/**
 * Polls `outDir` in a tight loop on a thread of its own until stopped: looks up one file of `files`
 * after the other (a lookup takes microseconds, so even a brief absence is likely to be seen), and
 * every few hundred lookups counts the entries at the top of the site and reads every file,
 * recording the digest of each distinct content read.
 */
function watch(outDir: string, files: string[]): { stop(): Promise<Watched> } {
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `
    const { createHash } = require('node:crypto');
    const { readdirSync, readFileSync, statSync } = require('node:fs');
    const { parentPort, workerData: { outDir, files, top, stop } } = require('node:worker_threads');
    const flag = new Int32Array(stop);
    let rounds = 0;
    const misses = [];
    const seen = new Map(files.map((file) => [file, new Set()]));
    const miss = (what) => { if (misses.length < 20) misses.push(rounds + ': ' + what); };
    while (Atomics.load(flag, 0) === 0) {
      rounds++;
      const file = files[rounds % files.length];
      try {
        if (!statSync(outDir + '/' + file, { throwIfNoEntry: false })?.isFile()) miss(file + ': absent');
      } catch (error) { miss(file + ': ' + error.code); }
      if (rounds % 256 !== 0) continue;
      try {
        const entries = readdirSync(outDir).length;
        if (entries !== top) miss(entries + ' of ' + top + ' entries');
      } catch (error) { miss('the folder: ' + error.code); }
      for (const file of files) {
        try {
          seen.get(file).add(createHash('sha256').update(readFileSync(outDir + '/' + file)).digest('hex'));
        } catch (error) { miss(file + ': ' + error.code); }
      }
    }
    parentPort.postMessage({ rounds, misses, seen });
    `,
    { eval: true, workerData: { outDir, files, top: readdirSync(outDir).length, stop: stop.buffer } },
  );
  const result = new Promise<Watched>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    stop() {
      Atomics.store(stop, 0, 1);
      return result;
    },
  };
}

/**
 * Builds a synthetic corpus (a few hundred files: a copy of the site takes milliseconds), then
 * rebuilds after an edit of one article while a watcher polls the output folder; checks
 * that every read found the file, and found it as it was before or after the rebuild.
 */
async function rebuildWatched(name: string, outDir: string): Promise<void> {
  const contentDir = path.join(work, `content-${name}`);
  const corpus = makeCorpus({ articles: 40, seed: 5 });
  await writeCorpus(contentDir, corpus, 5);
  const edited = corpus.articles[7]!.id;
  const article = `articles/${edited}/index.html`;
  contentDirs.push(contentDir);
  const first = await build(contentDir, outDir);
  expect(first.code, first.output).toBe(0);
  const before = hashTree(outDir);
  const marker = `A correction published during the ${name} rebuild.`;
  appendFileSync(path.join(contentDir, 'articles', `${edited}.md`), `\n${marker}\n`);
  // Every file but the search index's, whose names change with their content.
  const files = [...before.keys()].filter((file) => !/\.pf_\w+$/.test(file));
  const watcher = watch(outDir, files);
  const rebuild = await build(contentDir, outDir);
  const { rounds, misses, seen } = await watcher.stop();
  expect(rebuild.code, rebuild.output).toBe(0);
  const after = hashTree(outDir);
  expect(files.filter((file) => !after.has(file))).toEqual([]);
  expect(misses).toEqual([]);
  expect(rounds).toBeGreaterThan(10_000);
  const neither = [...seen].flatMap(([file, digests]) =>
    [...digests].filter((d) => d !== before.get(file) && d !== after.get(file)).map(() => file),
  );
  expect(neither).toEqual([]);
  // The swap happened while the watcher was reading: it saw the article as it was and as it is.
  expect(before.get(article)).not.toBe(after.get(article));
  expect(seen.get(article)).toEqual(new Set([before.get(article), after.get(article)]));
  // The output path is a relative link to a site folder beside it.
  expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
  expect(path.dirname(readlinkSync(outDir))).toBe(`.${path.basename(outDir)}-site`);
}

describe('a rebuild seen by a reader polling the output folder', () => {
  it('never shows it absent or missing a file', slow, async () => {
    const outDir = path.join(work, 'dist-watched');
    await rebuildWatched('watched', outDir);
  });

  it('never shows it absent or missing a file on another file system', slow, async (context) => {
    const shm = '/dev/shm';
    context.skip(
      !existsSync(shm) || statSync(shm).dev === statSync(projectRoot).dev,
      `${shm} is not a file system of its own here`,
    );
    const far = mkdtempSync(path.join(shm, 'sda-publish-'));
    try {
      await rebuildWatched('far', path.join(far, 'dist'));
    } finally {
      rmSync(far, { recursive: true, force: true });
    }
  });
});

describe('a build that fails', () => {
  it('leaves the link and the site it points to untouched', slow, async () => {
    const contentDir = content('content-failing');
    const outDir = path.join(work, 'dist-failing');
    expect((await build(contentDir, outDir)).code).toBe(0);
    const link = { target: readlinkSync(outDir), ino: lstatSync(outDir).ino, mtimeMs: lstatSync(outDir).mtimeMs };
    const before = hashTree(outDir);
    // Astro and the content check pass; the search index cannot be built.
    appendFileSync(path.join(contentDir, 'articles/2022/tokyo-summit.md'), '\nAn edit that is never published.\n');
    const failed = await build(contentDir, outDir, { PAGEFIND_EXTENDED_BINARY_PATH: '/nonexistent/pagefind' });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('was left as it was');
    expect({ target: readlinkSync(outDir), ino: lstatSync(outDir).ino, mtimeMs: lstatSync(outDir).mtimeMs }).toEqual(
      link,
    );
    expect(hashTree(outDir)).toEqual(before);
  });
});

describe('an output folder built before the site folders existed', () => {
  it('is replaced by the link once, and its files are cleared by the next build', slow, async () => {
    const contentDir = content('content-migrated');
    const outDir = path.join(work, 'dist-migrated');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>old</title></html>');
    const first = await build(contentDir, outDir);
    expect(first.code, first.output).toBe(0);
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(hashTree(outDir)).toEqual(reference);
    expect((await build(contentDir, outDir)).code).toBe(0);
    // The folder the link replaced is gone; the site the last build replaced stays until the next one.
    const sites = readdirSync(path.join(work, '.dist-migrated-site'));
    expect(sites).toHaveLength(2);
    expect(sites).toContain(path.basename(readlinkSync(outDir)));
    expect(sites.filter((site) => site.endsWith('-before'))).toEqual([]);
  });
});
