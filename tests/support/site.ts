/** Running the real build and reading what it wrote, for build tests. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll } from 'vitest';
import { canonicalFolder } from '../../src/cli/build-lock.ts';
import { outputFolders, type OutputFolders } from '../../src/cli/output-folders.ts';
import { cacheDirFor } from '../../src/config.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  code: number;
  output: string;
}

/** The state a build of `contentDir` into `outDir` keeps in node_modules/.astro/ (src/cli/output-folders.ts). */
export function setupFolders(contentDir: string, outDir: string): OutputFolders {
  return outputFolders(cacheDirFor(path.resolve(contentDir)), canonicalFolder(outDir));
}

/** Removes a build setup's state: its Astro cache and record, and the copies of its site (`staging-<setup>*`). */
export function removeSetup({ stateDir, stagingDir }: OutputFolders): void {
  rmSync(stateDir, { recursive: true, force: true });
  const cacheDir = path.dirname(stagingDir);
  for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
    if (name.startsWith(path.basename(stagingDir))) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
}

/**
 * The setups `runBuild` ran in this test file, removed once its tests are done: a build of the
 * developer's own content folder (content-site.test.ts) leaves no state beside theirs.
 */
const setupsRun = new Map<string, OutputFolders>();
afterAll(() => {
  for (const folders of setupsRun.values()) removeSetup(folders);
});

/** `npm run build` as a user runs it, on another content folder and into another output folder. */
export function runBuild(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  // The setup is named after the output folder's canonical path, which needs its parent (the build makes it too).
  mkdirSync(path.dirname(path.resolve(outDir)), { recursive: true });
  const folders = setupFolders(contentDir, outDir);
  setupsRun.set(folders.stateDir, folders);
  const result = spawnSync(process.execPath, ['src/cli/build.ts', '--out', outDir], {
    cwd: projectRoot,
    // Worker threads render from the first page (src/integrations/parallel-prerender.ts), so every
    // build test checks pages rendered by them; parallel-prerender.test.ts compares both ways.
    env: { ...process.env, CONTENT_DIR: contentDir, PRERENDER_THREADS_AFTER: '0', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** Removes a temporary corpus's caches, its build setups' state included, so test runs leave nothing behind in node_modules. */
export function removeCache(contentDir: string): void {
  rmSync(cacheDirFor(contentDir), { recursive: true, force: true });
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** A sha256 per file under `dir`, to prove two builds (or a build before and after a failure) identical. */
export function hashTree(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}

export interface Site {
  dir: string;
  files: Set<string>;
  /** Parsed pages by URL path (`/countries/japan/`, `/404.html`). */
  pages: Map<string, HTMLElement>;
  page(urlPath: string): HTMLElement;
}

export function readSite(dir: string): Site {
  const files = new Set(listFiles(dir));
  const pages = new Map<string, HTMLElement>();
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const urlPath = file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
    pages.set(urlPath, parse(readFileSync(path.join(dir, file), 'utf8')));
  }
  return {
    dir,
    files,
    pages,
    page(urlPath) {
      const page = pages.get(urlPath);
      if (!page) throw new Error(`No page at ${urlPath}`);
      return page;
    },
  };
}

/**
 * Every internal link and `#anchor` on every page that points nowhere, as `page -> href`.
 * `base` is the path prefix the site is built for.
 */
export function brokenLinks(site: Site, base = '/'): string[] {
  const broken: string[] = [];
  for (const [from, page] of site.pages) {
    for (const element of page.querySelectorAll('a[href], link[href], script[src], img[src]')) {
      const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
      // Pages are keyed by their path inside dist/; in the browser they live under the base.
      const url = new URL(raw, `https://site.test${base}${from.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${from} -> ${raw} (outside base ${base})`);
        continue;
      }
      const local = url.pathname.slice(base.length);
      const target = local === '' || local.endsWith('/') ? `${local}index.html` : local;
      if (!site.files.has(decodeURIComponent(target))) {
        broken.push(`${from} -> ${raw}`);
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const targetPath = `/${target.endsWith('index.html') ? target.slice(0, -'index.html'.length) : target}`;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!site.pages.get(targetPath)?.querySelector(`[id="${id}"]`))
          broken.push(`${from} -> ${raw} (no such anchor)`);
      }
    }
  }
  return broken;
}

/** Visible text with whitespace folded. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
