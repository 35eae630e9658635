/** One worker of render-bodies.ts: renders its share of article files into the body cache. */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { ensureBody } from '../lib/article-body.ts';

let rendered = 0;
for (const { file, key } of workerData as { file: string; key: string }[]) {
  if (await ensureBody(await readFile(file, 'utf8'), key)) rendered++;
}
parentPort?.postMessage(rendered);
