/**
 * The build lock (src/cli/build-lock.ts): a second acquirer waits while a live process holds it, and
 * a holder killed with SIGKILL, even one its parent never reaps (a zombie, which a `kill(pid, 0)`
 * check takes for alive), never blocks the next one. Holders are real processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, lockAddress } from '../../src/cli/build-lock.ts';
import { projectRoot } from '../support/site.ts';

mkdirSync(path.join(projectRoot, 'tests/.output'), { recursive: true });
const work = mkdtempSync(path.join(projectRoot, 'tests/.output/build-lock-'));
const holderScript = path.join(work, 'holder.mjs');
writeFileSync(
  holderScript,
  `const { acquireBuildLock } = await import(process.argv[2]);
await acquireBuildLock(process.argv[3]);
console.log('held');
setInterval(() => {}, 1 << 30);
`,
);
const moduleUrl = pathToFileURL(path.join(projectRoot, 'src/cli/build-lock.ts')).href;
const started: ChildProcess[] = [];
let outCount = 0;
const freshOut = () => path.join(work, `dist-${++outCount}`);

afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Resolves with the first stdout line matching `pattern` (its groups), rejects if the process ends first. */
function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      text += chunk;
      const match = pattern.exec(text);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing ${pattern}:\n${text}`)));
  });
}

/** A process holding the lock for `outDir`, started directly. */
async function holder(outDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [holderScript, moduleUrl, outDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  started.push(child);
  await waitForLine(child, /^held$/m);
  return child;
}

/** A process's state letter from /proc (`Z` for a zombie). */
const processState = (pid: number) => /\) (\S) /.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];

/** Acquires the lock, timing it and counting the calls of the wait notice. */
async function timedAcquire(outDir: string) {
  const start = performance.now();
  let waits = 0;
  const lock = await acquireBuildLock(outDir, () => waits++);
  return { lock, ms: performance.now() - start, waits };
}

describe('the build lock', () => {
  it('has one address per output folder, whatever the spelling of its path', () => {
    const outDir = freshOut();
    mkdirSync(path.join(work, 'sub'), { recursive: true });
    symlinkSync(work, path.join(work, 'alias'));
    expect(lockAddress(path.join(work, 'sub', '..', path.basename(outDir)))).toBe(lockAddress(outDir));
    expect(lockAddress(path.join(work, 'alias', path.basename(outDir)))).toBe(lockAddress(outDir));
    expect(lockAddress(freshOut())).not.toBe(lockAddress(outDir));
    if (process.platform === 'linux') expect(lockAddress(outDir).startsWith('\0')).toBe(true);
  });

  it('makes a second acquirer wait while a live process holds it, and hands it over when that process exits', async () => {
    const outDir = freshOut();
    const live = await holder(outDir);
    let waits = 0;
    let acquired = false;
    const second = acquireBuildLock(outDir, () => waits++).then((lock) => {
      acquired = true;
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 800));
    // Several retries by now, one notice.
    expect(acquired).toBe(false);
    expect(waits).toBe(1);
    const exited = performance.now();
    live.kill('SIGTERM');
    const lock = await second;
    expect(performance.now() - exited).toBeLessThan(1500);
    await lock.release();
    // Released: the next one takes it at once.
    const again = await timedAcquire(outDir);
    expect(again.waits).toBe(0);
    await again.lock.release();
  });

  it('excludes a second acquirer within one process too', async () => {
    const outDir = freshOut();
    const first = await acquireBuildLock(outDir);
    let acquired = false;
    const second = acquireBuildLock(outDir).then((lock) => {
      acquired = true;
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(acquired).toBe(false);
    await first.release();
    await (await second).release();
  });

  it('is free as soon as its holder is killed with SIGKILL', async () => {
    const outDir = freshOut();
    const killed = await holder(outDir);
    const gone = new Promise((resolve) => killed.once('exit', resolve));
    killed.kill('SIGKILL');
    await gone;
    const { lock, ms } = await timedAcquire(outDir);
    expect(ms).toBeLessThan(1500);
    await lock.release();
  });

  it.runIf(process.platform === 'linux')(
    'is free when its killed holder is a zombie its parent never reaps',
    async () => {
      const outDir = freshOut();
      // sh starts the holder in the background, then becomes `sleep`, which never reaps it.
      const parent = spawn(
        'sh',
        [
          '-c',
          '"$0" "$1" "$2" "$3" & echo "holder $!"; exec sleep 60',
          process.execPath,
          holderScript,
          moduleUrl,
          outDir,
        ],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      started.push(parent);
      const [, pid] = await waitForLine(parent, /^holder (\d+)$[\s\S]*^held$/m);
      process.kill(Number(pid), 'SIGKILL');
      const deadline = Date.now() + 5000;
      while (processState(Number(pid)) !== 'Z' && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(processState(Number(pid))).toBe('Z');
      // A process-id check takes the zombie for alive.
      expect(() => process.kill(Number(pid), 0)).not.toThrow();
      // Free at once, or after a retry or two on a busy machine: never held for the zombie's lifetime.
      const { lock, ms } = await timedAcquire(outDir);
      expect(ms).toBeLessThan(1500);
      await lock.release();
    },
  );
});
