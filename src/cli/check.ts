/**
 * `npm run check`: validates the content folder (CONTENT_DIR, default `content/`) without
 * building pages, prints every problem as `file: field: message` and exits 1 if there is any.
 */
import { checkProjectContent } from '../lib/content-check.ts';
import { formatReport } from '../lib/validate.ts';

const { problems, articleCount } = await checkProjectContent();

if (problems.length === 0) {
  console.log(`Content OK: ${articleCount} article${articleCount === 1 ? '' : 's'} and 4 data files checked.`);
} else {
  console.error(formatReport(problems));
  process.exitCode = 1;
}
