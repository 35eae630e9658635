/**
 * A thread of the search index step (src/cli/search-index.ts) with a Pagefind backend of its own:
 * indexes the bundles it is sent, one at a time, and answers each with its page count or error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import { indexBundle, type EditionBundle } from './search-index.ts';

const { siteDir } = workerData as { siteDir: string };
const port = parentPort!;

port.on('message', (message: { bundle: EditionBundle; outputPath: string } | 'close') => {
  if (message === 'close') {
    void close().then(() => port.close());
    return;
  }
  // While a bundle is indexed, only Pagefind keeps this thread alive: a backend that dies without
  // answering lets it end, and the build fails instead of waiting for ever.
  port.unref();
  indexBundle(siteDir, message.bundle, message.outputPath)
    .then(
      (pages) => port.postMessage({ pages }),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => port.ref());
});
