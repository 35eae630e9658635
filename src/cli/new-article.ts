/**
 * `npm run new -- "Title of the article"`: creates content/articles/<year>/<slug>.md, dated today,
 * as a draft with every required field. `npm run new -- --translate <id> --lang <lang>` creates the
 * translation `<id>.<lang>.md` beside the article, as a draft. Never overwrites an existing file.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../config.ts';
import { articleIdFromPath } from '../pipeline/article-id.ts';
import { todayIn } from '../domain/dates.ts';
import { articleBodyText, readFrontmatter, withoutBom } from '../pipeline/frontmatter.ts';
import { scaffoldArticle, scaffoldTranslation, type KnownIds } from '../pipeline/scaffold.ts';
import { taxonomyKinds } from '../domain/taxonomy.ts';
import { parse } from 'yaml';

const { values, positionals } = parseArgs({
  options: { translate: { type: 'string' }, lang: { type: 'string' } },
  allowPositionals: true,
});
const usage =
  'Usage: npm run new -- "Title of the article"\n       npm run new -- --translate <article id> --lang <language>';

/** Writes a new file, never over an existing one. */
async function create(file: string, text: string, exists: string): Promise<string> {
  const shown = path.relative(process.cwd(), file);
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    console.error(`${shown} already exists: nothing was changed. ${exists}`);
    process.exit(1);
  }
  return shown;
}

if (values.translate !== undefined) {
  const languages = siteConfig.translationLanguages;
  if (values.lang === undefined || !languages.includes(values.lang)) {
    console.error(`--lang must be one of the site's languages: ${languages.join(', ')}.\n${usage}`);
    process.exit(2);
  }
  const articles = path.join(siteConfig.contentDir, 'articles');
  const originalFile = path.join(articles, `${values.translate}.md`);
  let source: string;
  try {
    source = withoutBom(await readFile(originalFile, 'utf8'));
  } catch {
    console.error(
      `There is no article "${values.translate}" (${path.relative(process.cwd(), originalFile)}): give its id, such as 2022/biden-kishida-tokyo-summit.`,
    );
    process.exit(1);
  }
  const { data } = readFrontmatter(source, originalFile);
  const fields = (data ?? {}) as { title?: unknown; description?: unknown };
  const shown = await create(
    path.join(articles, `${values.translate}.${values.lang}.md`),
    scaffoldTranslation({
      title: String(fields.title ?? ''),
      description: String(fields.description ?? ''),
      body: articleBodyText(source),
    }),
    'Edit it.',
  );
  console.log(`Created ${shown} (a draft translation). Translate it, then run npm run check.`);
  process.exit(0);
}

const title = positionals.join(' ').trim();
if (title === '') {
  console.error(usage);
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
const shown = await create(
  path.join(siteConfig.contentDir, 'articles', date.slice(0, 4), `${slug}.md`),
  scaffoldArticle(title, date, await knownIds()),
  'Edit it, or choose another title.',
);
console.log(`Created ${shown} (a draft). Fill it in, then run npm run check.`);
