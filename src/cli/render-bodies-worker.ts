/** One worker of render-bodies.ts: renders the articles it is handed, one at a time, into the body cache. */
import { readFileSync } from 'node:fs';
import { bodyLanguage, prepareRenderer, renderIntoCache } from '../pipeline/article-body.ts';
import { bodyFirstLine } from '../pipeline/frontmatter.ts';
import { renderProblem } from '../pipeline/render-failure.ts';
import type { JobResult } from './render-bodies.ts';

async function render(file: string, key: string): Promise<JobResult> {
  const source = readFileSync(file, 'utf8');
  try {
    await renderIntoCache(source, bodyLanguage(file), key);
    return { rendered: true };
  } catch (error) {
    // Made into a problem here: an error's own fields (the line) do not survive the trip between processes.
    return { rendered: false, problem: renderProblem(file, error, bodyFirstLine(source)) };
  }
}

// Strictly one after another, in the order handed out: the parent times the oldest unanswered job.
let previous: Promise<unknown> = Promise.resolve();
process.on('message', ({ file, key }: { file: string; key: string }) => {
  previous = previous.then(async () => process.send?.(await render(file, key)));
});
// Ready once the pipeline has loaded, so that loading it never counts against an article's time.
await prepareRenderer();
process.send?.('ready');
