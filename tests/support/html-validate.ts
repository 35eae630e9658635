/** html-validate over built pages, with the project's .htmlvalidate.json (recommended preset). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { projectRoot, type Site } from './site.ts';

/** Every html-validate message of every page, as `page: rule: message`. */
export async function htmlProblems(site: Site): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of site.files) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(path.join(site.dir, file), 'utf8');
    // Validated as if it sat in the project, so the project's config file applies.
    const report = await validator.validateString(html, path.join(projectRoot, 'dist', file));
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${file}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
  }
  return problems;
}
