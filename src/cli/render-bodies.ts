/**
 * Renders every article body missing from the body cache before Astro starts, on every core: the
 * main process finds the misses and hands them to worker processes one at a time
 * (src/pipeline/article-body.ts). Run by `npm run build` and `npm run check`; the site would render
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
import { listMarkdownFiles } from '../pipeline/article-id.ts';
import { bodyKey, bodyLanguage, isCached } from '../pipeline/article-body.ts';
import { renderProblem, RenderTimeout } from '../pipeline/render-failure.ts';
import type { Problem } from '../domain/validate.ts';

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
  // Translations too: their pages need the bodies, and a text that cannot be rendered is named now.
  const files = await listMarkdownFiles(articlesDir);
  // Finding what is missing is cheap; loading the Markdown pipeline in a worker is not.
  const queue: Job[] = files
    .map((file) => ({ file, key: bodyKey(readFileSync(file, 'utf8'), bodyLanguage(file)) }))
    .filter(({ key }) => !isCached(key));
  const report: RenderReport = { articles: files.length, rendered: 0, problems: [] };
  if (queue.length === 0) return report;
  const failed = (problem: Problem) => report.problems.push({ ...problem, file: display(problem.file) });

  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(queue.length / 50)));
  // Each worker is handed its whole share at once, so that it never waits for this process (busy
  // with the content check meanwhile); a replacement takes what its stuck predecessor had left.
  const share = Math.ceil(queue.length / workers);

  /**
   * One worker's loop: takes its share, and replaces itself when one job is stuck. Jobs run in order: the
   * oldest in flight is the one running, its clock started at the latest when the one before it
   * finished, so a healthy body is never cut short.
   */
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = fork(workerScript, {
        execArgv: [...process.execArgv, `--max-old-space-size=${WORKER_HEAP_MB}`],
        serialization: 'advanced',
      });
      const inFlight: Job[] = [];
      let ready = false;
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const finish = (next: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        next();
      };
      const startClock = () => {
        clearTimeout(timer);
        if (inFlight.length > 0) timer = setTimeout(() => replace(new RenderTimeout(timeLimitMs)), timeLimitMs);
      };
      /** Blames the running job, hands the others back and goes on with a new worker. */
      const replace = (error: unknown) => {
        const [running, ...waiting] = inFlight;
        if (running) failed(renderProblem(running.file, error));
        queue.unshift(...waiting);
        finish(() => {
          worker.kill('SIGKILL');
          runWorker().then(resolve, reject);
        });
      };
      const topUp = () => {
        while (inFlight.length < share && queue.length > 0) {
          const job = queue.shift()!;
          inFlight.push(job);
          worker.send(job);
        }
        if (inFlight.length === 0) {
          finish(() => {
            worker.disconnect();
            resolve();
          });
        }
      };
      // The worker says "ready" once its code has loaded: a worker that fails before that is
      // broken itself, and no article is to blame.
      worker.on('message', (message: JobResult | 'ready') => {
        if (message === 'ready') {
          ready = true;
        } else {
          inFlight.shift();
          if (message.rendered) report.rendered++;
          if (message.problem) failed(message.problem);
        }
        topUp();
        startClock();
      });
      // Out of memory, or a crash inside the worker: blame the job it was on, go on with a new one.
      const broken = (error: unknown) => (ready ? replace(error) : finish(() => reject(error)));
      worker.once('error', broken);
      worker.once('exit', (code, signal) => {
        if (!settled) broken(new Error(`the body renderer stopped (${signal ?? `exit code ${code}`})`));
      });
    });

  await Promise.all(Array.from({ length: workers }, runWorker));
  return report;
}
