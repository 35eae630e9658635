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
const { problems: checkProblems, articleCount, translationCount } = await checkProjectContent();
const problems = [...checkProblems, ...(await rendering).problems];

if (problems.length === 0) {
  const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  console.log(
    `Content OK: ${counted(articleCount, 'article')}, ${counted(translationCount, 'translation')} and 4 data files checked.`,
  );
} else {
  console.error(formatReport(problems));
  process.exitCode = 1;
}
