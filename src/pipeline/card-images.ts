/**
 * Link-preview cards (src/output/cards.ts) as PNG files in the content folder's cache, one per card
 * key, drawn on a small pool of worker threads (src/pipeline/card-worker.ts) while Astro renders the
 * pages in its own process. `drawCards` hands every missing card to the pool at once; once Astro is
 * done, `placeCards` links them into the site's `og/` folder. Cards are not an Astro route: a
 * route renders before the pages and would have waited for every card, a third of a cold build
 * with three languages' cards (measured at 10,000 articles).
 *
 * Each thread is handed its cards in one message, not one at a time: a thread waiting for the next
 * card would sit idle whenever the main thread is busy rendering a page.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot, siteConfig } from '../config.ts';
import { CARD_FOLDER, cardKey, type CardSpec } from '../output/cards.ts';

/** A card as a thread receives it. */
export interface CardJob {
  id: number;
  spec: CardSpec;
  siteName: string;
  /** The cache file to write. */
  file: string;
}

/** A thread's answer to a job. */
export interface CardDone {
  id: number;
  error?: string;
}

/** The `workerData` that tells card-worker.ts it runs on a thread of this pool. */
export const CARD_THREAD = 'card-thread';

/**
 * Started by its path in the project: Vite bundles this module into Astro's build folder, where a
 * path relative to `import.meta.url` would not lead to it. Node strips its types.
 */
const workerFile = path.join(projectRoot, 'src/pipeline/card-worker.ts');

/** One core is left to the main thread, which renders pages meanwhile. */
const poolSize = Math.max(1, availableParallelism() - 1);

/** How long an idle thread is kept, fonts loaded, in case more cards come: it holds a few hundred MB. */
const IDLE_MS = 2_000;

interface Waiting {
  title: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Waiting>;
  idle?: NodeJS.Timeout;
}

const threads: Thread[] = [];
/** Cards being drawn, by cache file: a second request for one waits for the first. */
const drawing = new Map<string, Promise<void>>();
let nextId = 0;

const cardError = (title: string, message: string) => new Error(`Link-preview card "${title}": ${message}`);

function leave(thread: Thread): void {
  clearTimeout(thread.idle);
  const index = threads.indexOf(thread);
  if (index >= 0) threads.splice(index, 1);
}

function startThread(): Thread {
  const worker = new Worker(workerFile, { workerData: CARD_THREAD });
  const thread: Thread = { worker, jobs: new Map() };
  worker.on('message', ({ id, error }: CardDone) => {
    const waiting = thread.jobs.get(id)!;
    thread.jobs.delete(id);
    if (error === undefined) waiting.resolve();
    else waiting.reject(cardError(waiting.title, error));
    if (thread.jobs.size === 0) rest(thread);
  });
  // A thread that breaks fails the cards it had; later cards go to a new one.
  const broken = (error: Error) => {
    leave(thread);
    for (const { title, reject } of thread.jobs.values()) reject(cardError(title, error.message));
    thread.jobs.clear();
  };
  worker.once('error', broken);
  worker.once('exit', (code) => broken(new Error(`the card renderer stopped (exit code ${code})`)));
  threads.push(thread);
  return thread;
}

/**
 * An idle thread lets the process exit, and stops after a while. A busy one keeps the process alive:
 * a promise alone would not, and whoever awaits a card would never hear of it.
 */
function rest(thread: Thread): void {
  thread.worker.unref();
  thread.idle = setTimeout(() => {
    leave(thread);
    void thread.worker.terminate();
  }, IDLE_MS).unref();
}

/** The least busy thread, or a new one while the pool has room and every thread is busy. */
function pickThread(): Thread {
  let least: Thread | undefined;
  for (const thread of threads) if (!least || thread.jobs.size < least.jobs.size) least = thread;
  return least && (least.jobs.size === 0 || threads.length >= poolSize) ? least : startThread();
}

/** Hands the cards not already being drawn to the pool; returns a promise for each card. */
function draw(cards: readonly { spec: CardSpec; file: string }[]): Promise<void>[] {
  const batches = new Map<Thread, CardJob[]>();
  const promises = cards.map(({ spec, file }) => {
    const current = drawing.get(file);
    if (current) return current;
    const thread = pickThread();
    const id = nextId++;
    const promise = new Promise<void>((resolve, reject) => thread.jobs.set(id, { title: spec.title, resolve, reject }));
    const settled = () => drawing.delete(file);
    promise.then(settled, settled);
    drawing.set(file, promise);
    const batch = batches.get(thread) ?? [];
    batch.push({ id, spec, siteName: spec.siteName ?? siteConfig.title, file });
    batches.set(thread, batch);
    return promise;
  });
  for (const [thread, jobs] of batches) {
    clearTimeout(thread.idle);
    thread.worker.ref();
    thread.worker.postMessage(jobs);
  }
  return promises;
}

/** Stops every thread, failing the cards they had: a build that fails does not wait for its cards. */
export function stopDrawingCards(): void {
  for (const thread of [...threads]) void thread.worker.terminate();
}

/** The cards drawn, by key, with their cache files; `drawn` of them were not in the cache. */
export interface DrawnCards {
  files: Map<string, string>;
  drawn: number;
}

/**
 * Draws, in the background, every card of `specs` the cache lacks (a card it has costs one `stat`),
 * and resolves once all are in the cache; rejects naming the title of a card that cannot be drawn.
 * Cards are handed out in this order.
 */
export async function drawCards(
  specs: Iterable<CardSpec>,
  cacheDir: string = siteConfig.cacheDir,
): Promise<DrawnCards> {
  const files = new Map<string, string>();
  const missing: { spec: CardSpec; file: string }[] = [];
  for (const spec of specs) {
    const key = cardKey(spec);
    if (files.has(key)) continue;
    const file = path.join(cacheDir, 'cards', `${key}.png`);
    files.set(key, file);
    if (!existsSync(file)) missing.push({ spec, file });
  }
  await Promise.all(draw(missing));
  return { files, drawn: missing.length };
}

/**
 * Makes `<siteDir>/og/` hold exactly the cards of `files`, named by key: hard links to the cache
 * files (copies on another file system), so nothing is rewritten in place; cards no page names any
 * more are removed.
 */
export function placeCards(siteDir: string, files: ReadonlyMap<string, string>): void {
  const folder = path.join(siteDir, CARD_FOLDER);
  mkdirSync(folder, { recursive: true });
  const present = new Set(readdirSync(folder));
  for (const name of present) {
    if (!files.has(name.replace(/\.png$/, ''))) rmSync(path.join(folder, name), { recursive: true, force: true });
  }
  for (const [key, file] of files) {
    const target = path.join(folder, `${key}.png`);
    if (present.has(`${key}.png`)) continue;
    try {
      linkSync(file, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(file, target);
    }
  }
}
