/**
 * Renders every article body into the body cache before Astro starts, on every core: worker threads
 * take the files in turn, skip those already cached and render the rest (src/lib/article-body.ts).
 * Run by `npm run build`; the site would render misses itself, one at a time.
 */
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface RenderReport {
  articles: number;
  rendered: number;
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export async function renderBodies(articlesDir: string): Promise<RenderReport> {
  const files = await markdownFiles(articlesDir);
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
