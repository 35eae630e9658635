/**
 * `npm run check`: validates the content folder (CONTENT_DIR, default `content/`) without
 * building pages, prints every problem as `file: field: message` and exits 1 if there is any.
 */
import path from 'node:path';
import { siteConfig } from '../config.ts';
import { checkContent } from '../lib/content-check.ts';
import { todayIn } from '../lib/dates.ts';
import { formatReport } from '../lib/validate.ts';

const { problems, articleCount } = await checkContent(siteConfig.contentDir, {
  displayRoot: process.cwd(),
  today: todayIn(siteConfig.timeZone),
  cacheFile: path.join(siteConfig.cacheDir, 'content-check.json'),
});

if (problems.length === 0) {
  console.log(`Content OK: ${articleCount} article${articleCount === 1 ? '' : 's'} and 4 data files checked.`);
} else {
  console.error(formatReport(problems));
  process.exitCode = 1;
}
