/**
 * `npm run dev`: the live preview, drafts included. Before Astro starts, the content is checked, and
 * every article body missing from the body cache is rendered on all cores, as `npm run build` does:
 * otherwise the first page would render the whole archive's bodies on one thread (at 10,000
 * articles, most of a minute), and the content loader would parse every file's YAML again instead
 * of taking it from the check's results. Problems do not stop the preview: the loaders and pages
 * show them in the terminal and on every page until they are fixed (src/pipeline/preview-problems.ts).
 *
 * Usage: npm run dev [-- --host 127.0.0.1 --port 4321]   (CONTENT_DIR from the environment)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dev } from 'astro';
import { siteConfig } from '../config.ts';
import { checkProjectContent, displayPath } from '../pipeline/content-check.ts';
import { setPreviewBodies, setPreviewProblems, textProblemsSource } from '../pipeline/preview-problems.ts';
import { renderBodies } from './render-bodies.ts';

const { values } = parseArgs({
  options: { host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: '4321' } },
});

const started = performance.now();
// The check fills the cache the content loader takes each article's frontmatter from; the bodies
// go on rendering while Astro starts, and the archive waits for them when it is first read.
const rendering = renderBodies(path.join(siteConfig.contentDir, 'articles'), displayPath).then((bodies) => {
  for (const problem of bodies.problems) setPreviewProblems(textProblemsSource(problem.file), [problem]);
  console.log(`Preview: ${bodies.rendered} article bod(ies) rendered in ${seconds()} s`);
});
setPreviewBodies(rendering);
const { articleCount } = await checkProjectContent();
console.log(`Preview: ${articleCount} article(s) checked in ${seconds()} s`);

await dev({ server: { host: values.host, port: Number(values.port) } });

function seconds(): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}
