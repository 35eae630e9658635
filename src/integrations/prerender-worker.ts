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
import type { PrerenderWorkerData, RenderReply, RenderTask } from './parallel-prerender.ts';

interface PrerenderEntry {
  app: {
    setInternals(internals: unknown): void;
    setOptions(options: unknown): void;
    manifestData: { routes: RouteData[] };
    manifest: { logger?: () => Promise<{ default: unknown }> };
  };
}

const port = parentPort!;
const { entryUrl, pageStyles, bundles, scripts } = workerData as PrerenderWorkerData;
const { app } = (await import(entryUrl)) as PrerenderEntry;

/** The page being rendered, and whether it asked for what only the main thread has. */
const currentPage = new AsyncLocalStorage<{ needsMainThread: boolean }>();

/** Where this thread's Astro logs: to the main thread, which logs as Astro's build does. */
const destination = {
  write(event: unknown) {
    if (!currentPage.getStore()?.needsMainThread) port.postMessage({ log: event });
  },
};
// What Astro's build environment reads while rendering: each route's stylesheets, the bundled
// scripts, and the log destination. The manifest names the same destination: Astro's first render
// would otherwise load the configured one (`manifest.logger`: the terminal and src/cli/build-log.ts)
// in its place, and a page given back to the main thread would log its error there and fail the build.
app.setInternals({ pagesByKeys: new Map(pageStyles), entrySpecifierToBundleMap: new Map(bundles) });
app.setOptions({ settings: { scripts }, logger: { options: { destination } } });
app.manifest.logger = () => Promise.resolve({ default: destination });
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

async function render({ url, route, collectMetadata }: RenderTask): Promise<RenderReply> {
  const routeData = routes.get(`${route.component}\0${route.route}`);
  if (!routeData) throw new Error(`no route ${route.route} (${route.component}) in Astro's route table`);
  const page = { needsMainThread: false };
  let rendered: RenderReply['page'];
  try {
    const { response, metadata } = await currentPage.run(page, () =>
      renderForPrerender(app as never, new Request(url), { routeData, collectMetadata }),
    );
    const body = response.body === null ? null : await response.arrayBuffer();
    const { status, statusText } = response;
    if (!page.needsMainThread) rendered = { status, statusText, headers: [...response.headers], body, metadata };
  } catch (error) {
    if (!page.needsMainThread) throw error;
  }
  // Whichever pages of this thread added them since the last reply: the main thread keeps them all.
  const referenced = [...referencedImages];
  referencedImages.clear();
  return rendered ? { page: rendered, referencedImages: referenced } : { referencedImages: referenced };
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
