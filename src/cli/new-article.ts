/**
 * `npm run new -- "Title of the article"`: creates content/articles/<year>/<slug>.md, dated today,
 * as a draft with every required field. Never overwrites an existing file.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { siteConfig } from '../config.ts';
import { articleIdFromPath } from '../pipeline/article-id.ts';
import { todayIn } from '../domain/dates.ts';
import { withoutBom } from '../pipeline/frontmatter.ts';
import { scaffoldArticle, type KnownIds } from '../pipeline/scaffold.ts';
import { taxonomyKinds } from '../domain/taxonomy.ts';
import { parse } from 'yaml';

const title = process.argv.slice(2).join(' ').trim();
if (title === '') {
  console.error('Usage: npm run new -- "Title of the article"');
  process.exit(2);
}

async function knownIds(): Promise<KnownIds> {
  const entries = await Promise.all(
    taxonomyKinds.map(async (kind) => {
      try {
        const list: unknown = parse(
          withoutBom(await readFile(path.join(siteConfig.contentDir, `${kind}.yaml`), 'utf8')),
        );
        const ids = Array.isArray(list) ? list.map((item: { id?: unknown }) => String(item.id)).sort() : [];
        return [kind, ids] as const;
      } catch {
        return [kind, []] as const;
      }
    }),
  );
  return Object.fromEntries(entries) as unknown as KnownIds;
}

const date = todayIn(siteConfig.timeZone);
const slug = articleIdFromPath(title);
if (slug === '') {
  console.error('The title needs at least one letter or digit to make a file name from.');
  process.exit(2);
}
const file = path.join(siteConfig.contentDir, 'articles', date.slice(0, 4), `${slug}.md`);
const shown = path.relative(process.cwd(), file);
await mkdir(path.dirname(file), { recursive: true });
try {
  await writeFile(file, scaffoldArticle(title, date, await knownIds()), { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  console.error(`${shown} already exists: nothing was changed. Edit it, or choose another title.`);
  process.exit(1);
}
console.log(`Created ${shown} (a draft). Fill it in, then run npm run check.`);
