/**
 * Content-layer loader for translations (`<name>.<lang>.md` beside the English `<name>.md`): one
 * entry per file, id `<lang>/<article id>`, holding its language, its original's id and its
 * frontmatter. Like the article loader it keeps bodies out of the store (they are rendered into the
 * body cache with the articles', src/cli/render-bodies.ts) and skips a file whose digest is
 * unchanged. `npm run build` has run the content check first, which refuses a bad translation with
 * file, field and fix; the live preview shows the check's problems and keeps the last good version.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { articleIdFromPath, listMarkdownFiles, translationOf } from './article-id.ts';
import { bodyLanguage } from './article-body.ts';
import { articleDigest } from './article-loader.ts';
import { readFrontmatter } from './frontmatter.ts';
import { setPreviewProblems } from './preview-problems.ts';
import { translationProblems } from './translation-check.ts';
import { ContentError, type Problem } from '../domain/validate.ts';

export function translationLoader(articlesDir: string): Loader {
  return {
    name: 'translation-loader',
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const display = (filePath: string) => path.relative(root, filePath).split(path.sep).join('/');
      const idOf = (relative: string) => {
        const translation = translationOf(relative)!;
        return `${translation.lang}/${articleIdFromPath(translation.original)}`;
      };
      /** The ids of the originals, for the check of the preview (a build has checked already). */
      const owners = async () =>
        new Map(
          (await listMarkdownFiles(articlesDir))
            .map((filePath) => path.relative(articlesDir, filePath))
            .filter((relative) => !translationOf(relative))
            .map((relative) => [articleIdFromPath(relative), display(path.join(articlesDir, relative))] as const),
        );

      const loadFile = async (filePath: string, originals?: ReadonlyMap<string, string>): Promise<Problem[]> => {
        const relative = path.relative(articlesDir, filePath);
        const { original, lang } = translationOf(relative)!;
        const id = idOf(relative);
        const source = readFileSync(filePath, 'utf8');
        const digest = articleDigest(source, bodyLanguage(filePath));
        if (store.get(id)?.digest === digest) return [];
        const file = display(filePath);
        if (originals) {
          const problems = translationProblems({ filePath, file, original, lang }, originals, root);
          if (problems.length > 0) return problems;
        }
        const { data } = readFrontmatter(source, file);
        const entry = { lang, original: articleIdFromPath(original), translation: data ?? {} };
        store.set({ id, data: await parseData({ id, data: entry, filePath }), digest, filePath: file });
        return [];
      };

      const files = (await listMarkdownFiles(articlesDir)).filter((filePath) =>
        translationOf(path.relative(articlesDir, filePath)),
      );
      const originals = watcher ? await owners() : undefined;
      const problems = new Map<string, Problem[]>();
      for (const filePath of files) problems.set(filePath, await loadFile(filePath, originals));
      const ids = new Set(files.map((filePath) => idOf(path.relative(articlesDir, filePath))));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      if (!watcher) {
        const all = [...problems.values()].flat();
        if (all.length > 0) throw new ContentError(all);
        return;
      }
      for (const [filePath, found] of problems) setPreviewProblems(display(filePath), found);

      watcher.add(articlesDir);
      watcher.on('all', async (event, changed) => {
        if (!changed.startsWith(articlesDir + path.sep) || !changed.endsWith('.md')) return;
        const relative = path.relative(articlesDir, changed);
        if (!translationOf(relative)) return;
        if (event === 'unlink' || !existsSync(changed)) {
          store.delete(idOf(relative));
          setPreviewProblems(display(changed), []);
          return;
        }
        if (event !== 'add' && event !== 'change') return;
        setPreviewProblems(display(changed), await loadFile(changed, await owners()));
      });
    },
  };
}
