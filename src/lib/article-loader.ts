/**
 * Content-layer loader for articles: every `.md` file under the articles folder becomes an entry
 * holding its validated frontmatter only. The body is rendered and cached apart (article-body.ts),
 * so the content store stays small however many articles there are. An unchanged file (same digest:
 * its body key, which covers the body and the Markdown pipeline, and a hash of the whole file) is
 * not parsed again, and a file the content check has just read (`npm run build` runs it first) is
 * taken from the check's results instead of parsing its YAML a second time.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { articleIdFromPath, listArticleFiles } from './article-id.ts';
import type { ArticleRecord } from './archive.ts';
import { bodyKey } from './article-body.ts';
import { CheckCache } from './check-cache.ts';
import { projectCheckCacheFile } from './content-check.ts';
import { readFrontmatter } from './frontmatter.ts';
import { ContentError } from './validate.ts';

/**
 * `<body key>:<hash of the whole file>`: the second part tells the loader whether anything changed,
 * the first tells pages where the rendered body is cached.
 */
export function articleDigest(source: string): string {
  return `${bodyKey(source)}:${createHash('sha256').update(source).digest('hex').slice(0, 16)}`;
}

/** The body cache key inside an entry's digest. */
export function bodyKeyOf(digest: string | number | undefined): string {
  const key = String(digest ?? '').split(':')[0];
  if (!key) throw new Error('Article entry without a digest: was it loaded by articleLoader?');
  return key;
}

/** The frontmatter fields of a checked article (the check adds its id, file and reading time). */
function frontmatterOf({ id: _id, file: _file, readingMinutes: _readingMinutes, ...frontmatter }: ArticleRecord): Record<string, unknown> {
  return frontmatter;
}

export function articleLoader(articlesDir: string): Loader {
  return {
    name: 'article-loader',
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const seen = new Set<string>();
        // Read only when some file changed: a rebuild after one edit needs one record at most.
        let checked: CheckCache | undefined;
        for (const filePath of await listArticleFiles(articlesDir)) {
          // One small file after another, read synchronously: awaiting each read waits on I/O.
          const source = readFileSync(filePath, 'utf8');
          const id = articleIdFromPath(path.relative(articlesDir, filePath));
          const digest = articleDigest(source);
          seen.add(id);
          if (store.get(id)?.digest === digest) continue;
          const file = path.relative(root, filePath).split(path.sep).join('/');
          checked ??= new CheckCache(projectCheckCacheFile);
          const record = checked.previousRecord(CheckCache.key(file, id, source));
          const frontmatter = record ? { data: frontmatterOf(record), problems: [] } : readFrontmatter(source, file);
          if (frontmatter.data === undefined) throw new ContentError(frontmatter.problems);
          const data = await parseData({ id, data: frontmatter.data as Record<string, unknown>, filePath });
          store.set({ id, data, digest, filePath: file });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      watcher?.add(articlesDir);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(articlesDir) && changed.endsWith('.md')) void sync();
      });
    },
  };
}
