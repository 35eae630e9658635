/**
 * Renders every article body into the body cache before Astro starts, on every core: worker threads
 * take the files in turn, skip those already cached and render the rest (src/lib/article-body.ts).
 * Run by `npm run build`; the site would render misses itself, one at a time.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { listArticleFiles } from '../lib/article-id.ts';

export interface RenderReport {
  articles: number;
  rendered: number;
}

export async function renderBodies(articlesDir: string): Promise<RenderReport> {
  const files = await listArticleFiles(articlesDir);
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 50)));
  const shares = Array.from({ length: workers }, (_, index) => files.filter((_, i) => i % workers === index));
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
