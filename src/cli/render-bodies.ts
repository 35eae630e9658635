/**
 * Renders every article body missing from the body cache before Astro starts, on every core: the
 * main process finds the misses and hands them to worker processes one at a time
 * (src/lib/article-body.ts). Run by `npm run build` and `npm run check`; the site would render
 * misses itself, one at a time.
 *
 * A body that cannot be rendered becomes a problem naming its file, never a crash: an error, a
 * worker out of memory, or a render that takes longer than `RENDER_TIME_LIMIT_MS` (the native
 * Markdown parser has inputs on which it takes time proportional to the square of the text). The
 * stuck worker is killed and a new one takes the rest. Workers are processes, not threads, for
 * that: a thread busy in native code cannot be stopped, and the process would wait for it at exit.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fork } from 'node:child_process';
import { listArticleFiles } from '../lib/article-id.ts';
import { bodyKey, isCached } from '../lib/article-body.ts';
import { renderProblem, RenderTimeout } from '../lib/render-failure.ts';
import type { Problem } from '../lib/validate.ts';

export interface RenderReport {
  articles: number;
  rendered: number;
  /** Articles that could not be rendered, with their files as `display` shows them. */
  problems: Problem[];
}

/** Longest one body may take: a thousand times what a long article needs. */
export const RENDER_TIME_LIMIT_MS = 20_000;

/** Heap for one worker: far beyond any article, well within the machine. */
const WORKER_HEAP_MB = 1024;

const workerScript = new URL('./render-bodies-worker.ts', import.meta.url);

interface Job {
  file: string;
  key: string;
}

/** What a worker answers for each job. */
export interface JobResult {
  rendered: boolean;
  problem?: Problem;
}

export async function renderBodies(
  articlesDir: string,
  display: (file: string) => string,
  timeLimitMs = RENDER_TIME_LIMIT_MS,
): Promise<RenderReport> {
  const files = await listArticleFiles(articlesDir);
  // Finding what is missing is cheap; loading the Markdown pipeline in a worker is not.
  const queue: Job[] = files
    .map((file) => ({ file, key: bodyKey(readFileSync(file, 'utf8')) }))
    .filter(({ key }) => !isCached(key));
  const report: RenderReport = { articles: files.length, rendered: 0, problems: [] };
  if (queue.length === 0) return report;
  const failed = (problem: Problem) => report.problems.push({ ...problem, file: display(problem.file) });

  /** One worker's loop: takes the next job until the queue is empty; replaces itself when stuck. */
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = fork(workerScript, {
        execArgv: [...process.execArgv, `--max-old-space-size=${WORKER_HEAP_MB}`],
        serialization: 'advanced',
      });
      let current: Job | undefined;
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const finish = (next: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        next();
      };
      const replace = (error: unknown) => {
        if (current) failed(renderProblem(current.file, error));
        finish(() => {
          worker.kill('SIGKILL');
          runWorker().then(resolve, reject);
        });
      };
      const giveNext = () => {
        current = queue.shift();
        if (!current) {
          finish(() => {
            worker.disconnect();
            resolve();
          });
          return;
        }
        clearTimeout(timer);
        timer = setTimeout(() => replace(new RenderTimeout(timeLimitMs)), timeLimitMs);
        worker.send(current);
      };
      // The worker says "ready" once its code has loaded: a worker that fails before that is
      // broken itself, and no article is to blame.
      worker.on('message', (message: JobResult | 'ready') => {
        if (message !== 'ready') {
          if (message.rendered) report.rendered++;
          if (message.problem) failed(message.problem);
        }
        giveNext();
      });
      // Out of memory, or a crash inside the worker: blame the job it was on, go on with a new one.
      const broken = (error: unknown) => (current ? replace(error) : finish(() => reject(error)));
      worker.once('error', broken);
      worker.once('exit', (code, signal) => {
        if (!settled) broken(new Error(`the body renderer stopped (${signal ?? `exit code ${code}`})`));
      });
    });

  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(queue.length / 50)));
  await Promise.all(Array.from({ length: workers }, runWorker));
  return report;
}
