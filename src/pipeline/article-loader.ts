/**
 * Content-layer loader for articles: every `.md` file under the articles folder becomes an entry
 * holding its validated frontmatter only. The body is rendered and cached apart (article-body.ts),
 * so the content store stays small however many articles there are. An unchanged file (same digest:
 * its body key, which covers the body and the Markdown pipeline, and a hash of the whole file) is
 * not checked again, and a file the content check has just read (`npm run build` runs it first) is
 * taken from the check's results instead of parsing its YAML a second time.
 *
 * Files are checked by the content check's own per-file function, so the messages are the same
 * everywhere. A build stops on a problem. The live preview (which has a file watcher) keeps the
 * last good version of the file, shows the problem (preview-problems.ts) and, on a change, loads
 * just the file that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { articleFileNameProblem, articleIdFromPath, listArticleFiles, translationOf } from './article-id.ts';
import type { ArticleRecord } from '../domain/archive.ts';
import { bodyKey, ensureBody } from './article-body.ts';
import { defaultLanguage, type Language } from '../i18n/languages.ts';
import { CheckCache } from './check-cache.ts';
import { checkArticleFile, projectCheckCacheFile } from './content-check.ts';
import { bodyFirstLine } from './frontmatter.ts';
import { setPreviewProblems, textProblemsSource } from './preview-problems.ts';
import { renderProblem } from './render-failure.ts';
import { ContentError, type Problem } from '../domain/validate.ts';

/**
 * `<body key>:<hash of the whole file>`: the second part tells the loader whether anything changed,
 * the first tells pages where the rendered body is cached.
 */
export function articleDigest(source: string, lang: Language = defaultLanguage): string {
  return `${bodyKey(source, lang)}:${createHash('sha256').update(source).digest('hex').slice(0, 16)}`;
}

/** The body cache key inside an entry's digest. */
export function bodyKeyOf(digest: string | number | undefined): string {
  const key = String(digest ?? '').split(':')[0];
  if (!key) throw new Error('Article entry without a digest: was it loaded by articleLoader?');
  return key;
}

/** The frontmatter fields of a checked article (the check adds its id, file and reading time). */
function frontmatterOf({
  id: _id,
  file: _file,
  readingMinutes: _readingMinutes,
  ...frontmatter
}: ArticleRecord): Record<string, unknown> {
  return frontmatter;
}

/** What rendering the article's body finds wrong: nothing, or the one problem that stopped it. */
async function textProblems(filePath: string, file: string): Promise<Problem[]> {
  const source = readFileSync(filePath, 'utf8');
  try {
    await ensureBody(source);
    return [];
  } catch (error) {
    return [renderProblem(file, error, bodyFirstLine(source))];
  }
}

/** How long a changed file must stay unchanged before the preview reads it. */
const SETTLE_MS = 50;

export function articleLoader(articlesDir: string, contentDir: string): Loader {
  return {
    name: 'article-loader',
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const display = (filePath: string) => path.relative(root, filePath).split(path.sep).join('/');
      const preview = watcher !== undefined;
      // Read only when some file changed: a rebuild after one edit needs one record at most.
      let checks: CheckCache | undefined;

      /** Brings one file's entry up to date; returns the file's problems (its entry then stays as it was). */
      const loadFile = async (filePath: string): Promise<Problem[]> => {
        const file = display(filePath);
        const relative = path.relative(articlesDir, filePath);
        const nameProblem = articleFileNameProblem(relative);
        if (nameProblem) return [{ file, field: '(file)', message: nameProblem }];
        const id = articleIdFromPath(relative);
        // One small file after another, read synchronously: awaiting each read waits on I/O.
        const source = readFileSync(filePath, 'utf8');
        const digest = articleDigest(source);
        if (store.get(id)?.digest === digest) return [];
        checks ??= new CheckCache(projectCheckCacheFile);
        const checked = checkArticleFile(filePath, file, id, contentDir, checks, source);
        if (checked.problems.length > 0 || !checked.record) return checked.problems;
        const data = await parseData({ id, data: frontmatterOf(checked.record), filePath });
        store.set({ id, data, digest, filePath: file });
        return [];
      };

      const files = await listArticleFiles(articlesDir);
      const problems = new Map<string, Problem[]>();
      for (const filePath of files) problems.set(filePath, await loadFile(filePath));
      const ids = new Set(files.map((filePath) => articleIdFromPath(path.relative(articlesDir, filePath))));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      if (!preview) {
        const all = [...problems.values()].flat();
        if (all.length > 0) throw new ContentError(all);
        return;
      }
      for (const [filePath, found] of problems) setPreviewProblems(display(filePath), found);

      const pending = new Map<string, NodeJS.Timeout>();
      const refresh = async (changed: string) => {
        const file = display(changed);
        // Deleted meanwhile: the unlink event takes care of it.
        if (!existsSync(changed)) return;
        try {
          const found = await loadFile(changed);
          setPreviewProblems(file, found);
          // Rendered now, so that a text the Markdown pipeline refuses shows as a problem too.
          setPreviewProblems(textProblemsSource(file), found.length > 0 ? [] : await textProblems(changed, file));
        } catch (error) {
          setPreviewProblems(file, [{ file, field: '(file)', message: String(error) }]);
        }
      };
      watcher.add(articlesDir);
      watcher.on('all', (event, changed) => {
        if (!changed.startsWith(articlesDir + path.sep) || !changed.endsWith('.md')) return;
        // Translations are not articles of their own; the content check reads them.
        if (translationOf(path.relative(articlesDir, changed))) return;
        if (event === 'unlink') {
          const id = articleIdFromPath(path.relative(articlesDir, changed));
          if (store.get(id)?.filePath === display(changed)) store.delete(id);
          setPreviewProblems(display(changed), []);
          setPreviewProblems(textProblemsSource(display(changed)), []);
          return;
        }
        if (event !== 'add' && event !== 'change') return;
        // An editor's save can arrive as several events (emptied, then written): read once it settles.
        clearTimeout(pending.get(changed));
        pending.set(
          changed,
          setTimeout(() => {
            pending.delete(changed);
            void refresh(changed);
          }, SETTLE_MS),
        );
      });
    },
  };
}
