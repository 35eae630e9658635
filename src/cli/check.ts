/**
 * `npm run check`: validates the content folder (CONTENT_DIR, default `content/`) without
 * building pages, prints every problem as `file: field: message` and exits 1 if there is any.
 * Article bodies are rendered into the body cache meanwhile (the build then finds them there), so
 * a text the Markdown pipeline cannot turn into HTML is reported here too.
 */
import path from 'node:path';
import { siteConfig } from '../config.ts';
import { checkProjectContent, displayPath } from '../pipeline/content-check.ts';
import { formatReport } from '../domain/validate.ts';
import { renderBodies } from './render-bodies.ts';

const rendering = renderBodies(path.join(siteConfig.contentDir, 'articles'), displayPath);
const { problems: checkProblems, articleCount } = await checkProjectContent();
const problems = [...checkProblems, ...(await rendering).problems];

if (problems.length === 0) {
  console.log(`Content OK: ${articleCount} article${articleCount === 1 ? '' : 's'} and 4 data files checked.`);
} else {
  console.error(formatReport(problems));
  process.exitCode = 1;
}
