/**
 * A worker thread of src/integrations/parallel-prerender.ts: renders pages with Astro's own
 * prerender entry, the module Astro's default prerenderer renders with, and sends back each page's
 * bytes and incremental-build metadata.
 *
 * A page that asks for an optimised image is sent back unrendered, with nothing it logged: Astro's
 * image pipeline is in the main thread, which renders that page itself.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { getInstalledRenderScope, installRenderScope, renderForPrerender } from 'astro/app';
import type { RouteData } from 'astro';
import { astroAlarms } from '../cli/build-log.ts';
import type { PrerenderWorkerData, RenderReply, RenderTask } from './parallel-prerender.ts';

interface PrerenderEntry {
  app: {
    setInternals(internals: unknown): void;
    setOptions(options: unknown): void;
    manifestData: { routes: RouteData[] };
  };
}

const port = parentPort!;
const { entryUrl, pageStyles, bundles, scripts } = workerData as PrerenderWorkerData;
const { app } = (await import(entryUrl)) as PrerenderEntry;

/** The page being rendered, and whether it asked for what only the main thread has. */
const currentPage = new AsyncLocalStorage<{ needsMainThread: boolean }>();

// What Astro's build environment reads while rendering: each route's stylesheets, the bundled
// scripts, and where the log goes: to the main thread, which logs as Astro's build does.
app.setInternals({ pagesByKeys: new Map(pageStyles), entrySpecifierToBundleMap: new Map(bundles) });
app.setOptions({
  settings: { scripts },
  logger: {
    options: {
      destination: {
        write(event: unknown) {
          if (!currentPage.getStore()?.needsMainThread) port.postMessage({ log: event });
        },
      },
    },
  },
});
installRenderScope(new AsyncLocalStorage());

const askMainThread = () => {
  const page = currentPage.getStore();
  if (page) page.needsMainThread = true;
  throw new Error('This page is rendered by the main thread.');
};
/**
 * Images whose original file a page refers to (reading an image field of an entry does): the main
 * thread's build keeps those originals in the site, so each reply tells it of new ones.
 */
const referencedImages = new Set<string>();
(globalThis as { astroAsset?: Record<string, unknown> }).astroAsset = {
  referencedImages,
  addStaticImage: askMainThread,
  // As Astro's own recorder does: for the incremental build's metadata of the page.
  recordReferencedImage: (fsPath: string) => getInstalledRenderScope()?.getStore()?.referencedImages?.add(fsPath),
};

const routes = new Map(app.manifestData.routes.map((route) => [`${route.component}\0${route.route}`, route]));

/** The reply for a page the main thread renders: nothing it logged or referred to here counts. */
const RENDER_IN_MAIN_THREAD: RenderReply = { alarms: [], referencedImages: [] };

async function render({ url, route, collectMetadata }: RenderTask): Promise<RenderReply> {
  const routeData = routes.get(`${route.component}\0${route.route}`);
  if (!routeData) throw new Error(`no route ${route.route} (${route.component}) in Astro's route table`);
  const page = { needsMainThread: false };
  try {
    const { response, metadata } = await currentPage.run(page, () =>
      renderForPrerender(app as never, new Request(url), { routeData, collectMetadata }),
    );
    const body = response.body === null ? null : await response.arrayBuffer();
    // A log destination Astro loads by itself in this thread adds to this thread's list.
    const alarms = astroAlarms().splice(0);
    const referenced = [...referencedImages];
    referencedImages.clear();
    if (page.needsMainThread) return RENDER_IN_MAIN_THREAD;
    const { status, statusText } = response;
    return {
      page: { status, statusText, headers: [...response.headers], body, metadata },
      alarms,
      referencedImages: referenced,
    };
  } catch (error) {
    if (page.needsMainThread) return RENDER_IN_MAIN_THREAD;
    throw error;
  }
}

/** An error as a message can carry it: an AstroError's own fields (title, hint, loc) go with it. */
function transferable(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const basic = { name: error.name, message: error.message, stack: error.stack };
  try {
    return { ...(JSON.parse(JSON.stringify({ ...error })) as Record<string, unknown>), ...basic };
  } catch {
    return basic;
  }
}

port.on('message', ({ id, task }: { id: number; task: RenderTask }) => {
  render(task).then(
    (reply) => port.postMessage({ id, reply }, reply.page?.body ? [reply.page.body] : []),
    (error: unknown) => port.postMessage({ id, error: transferable(error) }),
  );
});
