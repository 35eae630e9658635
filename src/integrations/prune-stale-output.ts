/**
 * Astro builds into a folder that may hold the previous build's output (see
 * src/cli/output-folders.ts): unchanged pages are left where they are instead of being copied back
 * from Astro's cache. This removes what the previous build left and this one no longer has: pages
 * of deleted articles, superseded assets. A file stays if this build wrote it
 * (it is newer than the build's start) or counts it among its pages (Astro skipped it as unchanged).
 */
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeEmptyFolders } from '../cli/folder-copies.ts';

/** `kept`: folders of the site that the build writes after Astro (the search index), left alone. */
export default function pruneStaleOutput({ kept = [] }: { kept?: readonly string[] } = {}): AstroIntegration {
  let started = Number.POSITIVE_INFINITY;
  return {
    name: 'prune-stale-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets }) => {
        const root = fileURLToPath(dir);
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const keptFolders = kept.map((folder) => path.join(root, folder) + path.sep);
        for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile()) continue;
          const file = path.join(entry.parentPath, entry.name);
          if (keptFolders.some((folder) => file.startsWith(folder))) continue;
          if (!pages.has(file) && statSync(file).mtimeMs < started) unlinkSync(file);
        }
        removeEmptyFolders(root);
      },
    },
  };
}
