/**
 * Astro renders a static site's pages one at a time, in one thread. This integration gives Astro's
 * build a prerenderer (Astro's `setPrerenderer` API) that also renders them in worker threads, one
 * per core but one, each loading Astro's own prerender entry (src/integrations/prerender-worker.ts).
 * Astro's main thread still lists the paths, decides what is unchanged (incremental build), writes
 * every file and renders what the threads cannot take.
 *
 * A build starts the threads once it has rendered `after` pages itself: a rebuild after one edit
 * renders a few dozen and starts none (a thread needs a second or two to load the site's code and
 * data). A page that asks for an optimised image is rendered by the main thread, where Astro's image
 * pipeline is.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';

type Metadata = Extract<Awaited<ReturnType<AstroPrerenderer['render']>>, { response: Response }>['metadata'];

/** What a thread is started with. */
export interface PrerenderWorkerData {
  entryUrl: string;
  /** Astro's page data key → the page's stylesheets, as Astro's build environment reads them. */
  pageStyles: [string, { styles: unknown[] }][];
  bundles: [string, string][];
  scripts: unknown[];
}

export interface RenderTask {
  url: string;
  /** The route by its component and pattern: each thread has Astro's route table. */
  route: { component: string; route: string };
  collectMetadata: boolean;
}

export interface RenderReply {
  /** None when the page needs the main thread (an optimised picture): it is rendered there. */
  page?: {
    status: number;
    statusText: string;
    headers: [string, string][];
    body: ArrayBuffer | null;
    metadata: Metadata;
  };
  /**
   * Original image files the thread's pages referred to since its last reply, which Astro's build
   * keeps in the site. (What a page logs reaches the main thread as it is logged.)
   */
  referencedImages: string[];
}

interface LogEvent {
  level: 'debug' | 'info' | 'warn' | 'error';
  label: string | null;
  message: string;
}

interface BuildInternals {
  pagesByKeys: Map<string, { styles: unknown[] }>;
  entrySpecifierToBundleMap: Map<string, string>;
}

interface BuildApp {
  setInternals(internals: BuildInternals): void;
  getSettings(): { scripts: unknown[] };
}

/** Where Astro's image pipeline in this thread keeps the originals pages referred to. */
interface AssetGlobals {
  astroAsset?: { referencedImages?: Set<string> };
}

/** Astro's own prerenderer, which keeps the app it loaded from the prerender entry. */
interface DefaultPrerenderer extends AstroPrerenderer {
  app?: BuildApp;
}

/**
 * Pages a worker thread may have in hand before the main thread renders the next one itself (Astro
 * asks for 16 at a time, build.concurrency): the main thread also writes every page, so it renders
 * what the worker cannot take. At 10,000 articles on 2 cores, 12 had the main thread render a
 * third of the pages, and page generation took 25–28 s, against 27–29 s with 8, 30 s with 4 and
 * 33 s with every page in the worker (one to three runs each).
 */
const QUEUED_PER_THREAD = 12;

/** The one prerender entry Astro's build wrote (`.prerender/prerender-entry.<hash>.mjs`). */
function prerenderEntry(outDir: string): string {
  const folder = path.join(outDir, '.prerender');
  const entries = readdirSync(folder).filter((name) => /^prerender-entry\..*\.mjs$/.test(name));
  if (entries.length !== 1) throw new Error(`expected one prerender entry in ${folder}, found ${entries.length}`);
  return pathToFileURL(path.join(folder, entries[0]!)).href;
}

/** A worker thread and the renders it has in hand. */
class RenderThread {
  readonly worker: Worker;
  /** The pages in hand, by id: how to answer each, and its answer. */
  readonly pending = new Map<number, PromiseWithResolvers<RenderReply>>();
  alive = true;

  constructor(data: PrerenderWorkerData, logger: AstroIntegrationLogger) {
    this.worker = new Worker(new URL('./prerender-worker.ts', import.meta.url), { workerData: data });
    this.worker.on('message', (message: { id?: number; reply?: RenderReply; error?: Error; log?: LogEvent }) => {
      if (message.log) {
        const { level, label, message: text } = message.log;
        (label ? logger.fork(label) : logger)[level](text);
        return;
      }
      const waiting = this.pending.get(message.id!);
      this.pending.delete(message.id!);
      if (message.error) waiting?.reject(Object.assign(new Error(message.error.message), message.error));
      else waiting?.resolve(message.reply!);
    });
    const stop = (error: Error) => {
      this.alive = false;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', stop);
    this.worker.on('exit', (code) => stop(new Error(`a prerender thread stopped (exit code ${code})`)));
  }

  render(id: number, task: RenderTask): Promise<RenderReply> {
    const page = Promise.withResolvers<RenderReply>();
    this.pending.set(id, page);
    this.worker.postMessage({ id, task });
    return page.promise;
  }

  /**
   * Stops the thread once the pages in its hands are done: after a page failed, Astro stops the
   * build, and those pages end as they would have in Astro's own thread, not as stopped.
   */
  async close(): Promise<void> {
    await Promise.allSettled([...this.pending.values()].map((page) => page.promise));
    await this.worker.terminate();
  }
}

function threadedPrerenderer(
  defaults: DefaultPrerenderer,
  {
    outDir,
    threads,
    after,
    queued,
    logger,
  }: { outDir: string; threads: number; after: number; queued: number; logger: AstroIntegrationLogger },
): AstroPrerenderer {
  let internals: BuildInternals | undefined;
  let entryUrl = '';
  let pool: RenderThread[] | undefined;
  /** After teardown: Astro may still ask for pages it had queued when a render failed. */
  let closed = false;
  let renderedHere = 0;
  let nextId = 0;

  const startThreads = (): RenderThread[] => {
    if (!internals || !defaults.app) {
      throw new Error(
        "Astro's prerender entry did not hand over its build data: src/integrations/parallel-prerender.ts needs updating for this Astro",
      );
    }
    const data: PrerenderWorkerData = {
      entryUrl,
      pageStyles: [...internals.pagesByKeys].map(([key, page]) => [key, { styles: page.styles }]),
      bundles: [...internals.entrySpecifierToBundleMap],
      scripts: defaults.app.getSettings().scripts,
    };
    logger.info(`rendering in the main thread and ${threads} worker thread(s)`);
    return Array.from({ length: threads }, () => new RenderThread(data, logger));
  };

  /** The live thread with the fewest pages in hand, if it can take one more. */
  const freeThread = (): RenderThread | undefined => {
    let best: RenderThread | undefined;
    for (const thread of pool ?? []) {
      if (thread.alive && (!best || thread.pending.size < best.pending.size)) best = thread;
    }
    return best && best.pending.size < queued ? best : undefined;
  };

  return {
    name: 'parallel-prerender',
    async setup() {
      // The entry module is the one Astro's own prerenderer imports next; its app is handed the
      // build's data (each route's stylesheets), which the threads need too. Required, not
      // imported: this module was loaded by Vite's config loader, whose import() is closed by now.
      entryUrl = prerenderEntry(outDir);
      const { app } = createRequire(import.meta.url)(fileURLToPath(entryUrl)) as { app: BuildApp };
      const setInternals = app.setInternals.bind(app);
      app.setInternals = (value) => {
        internals = value;
        setInternals(value);
      };
      await defaults.setup?.();
    },
    getStaticPaths: () => defaults.getStaticPaths(),
    async render(request, options) {
      if (!pool && !closed && threads > 0 && renderedHere >= after) pool = startThreads();
      const thread = freeThread();
      if (!thread) {
        renderedHere++;
        return defaults.render(request, options);
      }
      const reply = await thread.render(nextId++, {
        url: request.url,
        route: { component: options.routeData.component, route: options.routeData.route },
        collectMetadata: options.collectMetadata ?? false,
      });
      const assets = ((globalThis as AssetGlobals).astroAsset ??= {});
      for (const fsPath of reply.referencedImages) (assets.referencedImages ??= new Set()).add(fsPath);
      if (!reply.page) return defaults.render(request, options);
      const { status, statusText, headers, body, metadata } = reply.page;
      const response = new Response(body, { status, statusText, headers });
      return metadata ? { response, metadata } : response;
    },
    async teardown() {
      closed = true;
      await Promise.all((pool ?? []).map((thread) => thread.close()));
      pool = undefined;
      await defaults.teardown?.();
    },
  };
}

/**
 * `after`: pages the main thread renders before the worker threads start. `threads`: how many;
 * one per core but one unless told; none renders as Astro does by itself. `queued`: pages a thread
 * may have in hand (`QUEUED_PER_THREAD` unless told).
 */
export default function parallelPrerender({
  after,
  threads = availableParallelism() - 1,
  queued = QUEUED_PER_THREAD,
}: {
  after: number;
  threads?: number;
  queued?: number | undefined;
}): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: 'parallel-prerender',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        const outDir = fileURLToPath(config!.outDir);
        setPrerenderer((defaults) =>
          threadedPrerenderer(defaults as DefaultPrerenderer, { outDir, threads, after, queued, logger }),
        );
      },
    },
  };
}
