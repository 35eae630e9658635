/**
 * Content-layer loader for translations (`<name>.<lang>.md` beside the English `<name>.md`): one
 * entry per language of the site, id `ja` or `ko`, listing that language's translations (the
 * original's id, the file, its digest and its frontmatter). One entry per language, not per file,
 * so that the collection exists even before anything is translated (Astro warns about an empty
 * one, and a warning fails the build). Like the article loader it keeps bodies out of the store
 * (they are rendered into the body cache with the articles', src/cli/render-bodies.ts) and reads
 * again only a file whose digest changed. `npm run build` has run the content check first, which
 * refuses a bad translation with file, field and fix; the live preview shows the check's problems
 * and keeps the last good version of the file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { translationLanguages } from '../i18n/languages.ts';
import { articleIdFromPath, listMarkdownFiles, translationOf } from './article-id.ts';
import { bodyLanguage } from './article-body.ts';
import { articleDigest } from './article-loader.ts';
import { readFrontmatter } from './frontmatter.ts';
import { setPreviewProblems } from './preview-problems.ts';
import { translationProblems } from './translation-check.ts';
import { ContentError, type Problem } from '../domain/validate.ts';

/** One translation as its language's entry lists it. */
export interface StoredTranslation {
  /** The original's id. */
  original: string;
  /** As messages name it, relative to the project. */
  file: string;
  /** Its body cache key and a hash of the whole file (see articleDigest). */
  digest: string;
  translation: unknown;
}

export function translationLoader(articlesDir: string): Loader {
  return {
    name: 'translation-loader',
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const display = (filePath: string) => path.relative(root, filePath).split(path.sep).join('/');
      /** The originals by id, for the check in the live preview (a build has checked already). */
      const originals = async () =>
        new Map(
          (await listMarkdownFiles(articlesDir))
            .filter((filePath) => !translationOf(path.relative(articlesDir, filePath)))
            .map((filePath) => [articleIdFromPath(path.relative(articlesDir, filePath)), display(filePath)] as const),
        );
      /** What the store holds now, by file: an unchanged file is not read again. */
      const previous = new Map<string, StoredTranslation>(
        [...store.values()].flatMap((entry) =>
          (entry.data as { translations: StoredTranslation[] }).translations.map((item) => [item.file, item] as const),
        ),
      );

      const read = async (filePath: string, owners?: ReadonlyMap<string, string>) => {
        const { original, lang } = translationOf(path.relative(articlesDir, filePath))!;
        const file = display(filePath);
        const source = readFileSync(filePath, 'utf8');
        const digest = articleDigest(source, bodyLanguage(filePath));
        const known = previous.get(file);
        if (known?.digest === digest) return { lang, item: known, problems: [] };
        const problems = owners ? translationProblems({ filePath, file, original, lang }, owners, root) : [];
        if (problems.length > 0) return { lang, item: known, problems };
        const item = {
          original: articleIdFromPath(original),
          file,
          digest,
          translation: readFrontmatter(source, file).data ?? {},
        };
        return { lang, item, problems };
      };

      const loadAll = async (): Promise<Map<string, Problem[]>> => {
        const owners = watcher ? await originals() : undefined;
        const byLanguage = new Map<string, StoredTranslation[]>(translationLanguages.map((lang) => [lang, []]));
        const problems = new Map<string, Problem[]>();
        for (const filePath of await listMarkdownFiles(articlesDir)) {
          if (!translationOf(path.relative(articlesDir, filePath))) continue;
          const { lang, item, problems: found } = await read(filePath, owners);
          problems.set(display(filePath), found);
          // A language the site does not have is the check's to name; its files have no edition.
          if (item) byLanguage.get(lang)?.push(item);
        }
        for (const [lang, translations] of byLanguage) {
          const digest = createHash('sha256')
            .update(translations.map((item) => `${item.file}\0${item.digest}`).join('\n'))
            .digest('hex');
          if (store.get(lang)?.digest === digest) continue;
          const data = await parseData({ id: lang, data: { lang, translations } });
          store.set({ id: lang, data, digest });
        }
        return problems;
      };

      const problems = await loadAll();
      if (!watcher) {
        const all = [...problems.values()].flat();
        if (all.length > 0) throw new ContentError(all);
        return;
      }
      for (const [file, found] of problems) setPreviewProblems(file, found);
      watcher.add(articlesDir);
      watcher.on('all', async (_event, changed) => {
        if (!changed.startsWith(articlesDir + path.sep) || !translationOf(path.relative(articlesDir, changed))) return;
        for (const item of store.values()) {
          for (const stored of (item.data as { translations: StoredTranslation[] }).translations) {
            previous.set(stored.file, stored);
          }
        }
        for (const [file, found] of await loadAll()) setPreviewProblems(file, found);
      });
    },
  };
}
