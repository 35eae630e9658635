/** One worker of render-bodies.ts: renders the articles it is handed, one at a time, into the body cache. */
import { readFile } from 'node:fs/promises';
import { ensureBody, prepareRenderer } from '../pipeline/article-body.ts';
import { bodyFirstLine } from '../pipeline/frontmatter.ts';
import { renderProblem } from '../pipeline/render-failure.ts';
import type { JobResult } from './render-bodies.ts';

process.on('message', async ({ file, key }: { file: string; key: string }) => {
  const source = await readFile(file, 'utf8');
  let result: JobResult;
  try {
    result = { rendered: await ensureBody(source, key) };
  } catch (error) {
    // Made into a problem here: an error's own fields (the line) do not survive the trip between processes.
    result = { rendered: false, problem: renderProblem(file, error, bodyFirstLine(source)) };
  }
  process.send?.(result);
});
// Ready once the pipeline has loaded, so that loading it never counts against an article's time.
await prepareRenderer();
process.send?.('ready');
