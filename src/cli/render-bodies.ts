/**
 * Renders every article body missing from the body cache before Astro starts, on every core: the
 * main thread finds the misses, worker threads share them out (src/lib/article-body.ts). Run by
 * `npm run build`; the site would render misses itself, one at a time.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { listArticleFiles } from '../lib/article-id.ts';
import { bodyKey, isCached } from '../lib/article-body.ts';

export interface RenderReport {
  articles: number;
  rendered: number;
}

export async function renderBodies(articlesDir: string): Promise<RenderReport> {
  const files = await listArticleFiles(articlesDir);
  // Finding what is missing is cheap; loading the Markdown pipeline in a worker is not.
  const missing = files
    .map((file) => ({ file, key: bodyKey(readFileSync(file, 'utf8')) }))
    .filter(({ key }) => !isCached(key));
  if (missing.length === 0) return { articles: files.length, rendered: 0 };
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(missing.length / 50)));
  const shares = Array.from({ length: workers }, (_, index) => missing.filter((_, i) => i % workers === index));
  const counts = await Promise.all(
    shares.map(
      (share) =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(new URL('./render-bodies-worker.ts', import.meta.url), { workerData: share });
          worker.once('message', (rendered: number) => resolve(rendered));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`Body renderer stopped with exit code ${code}`));
          });
        }),
    ),
  );
  return { articles: files.length, rendered: counts.reduce((sum, n) => sum + n, 0) };
}
