/**
 * The build's output folders: Astro writes into a staging folder, which replaces the published site
 * only once every step has passed, so a failed build never leaves a half-written site behind.
 *
 * The output path (`dist`) is a symbolic link to a complete site folder beside it
 * (`.dist-site/<setup>-<build>/`). Publishing makes the new site folder complete while the old one is
 * still published, then renames a new link over the output path: rename(2) replaces it in one step,
 * so every reader finds the old complete site or the new one, never a missing or half-copied file.
 *
 * Build state lives with what it describes. A content folder's cache (`siteConfig.cacheDir`) holds
 * what depends on the content alone: rendered bodies and content-check results, keyed by the text
 * they were made from, so every build of the folder shares them. A build setup, one content folder
 * built into one output folder, keeps the rest beneath it, named after the setup: Astro's cache
 * (`build-<setup>/`: content store, incremental manifest, page copies; the page keys hash the
 * staging folder's path and the site URL and base, so they describe one output folder's site), the
 * record of what the setup last published (in the same folder), and the staging copy of that site
 * (`staging-<setup>`). The site folders beside the output path carry the setup's name. So
 * a build of another content folder, or into another output folder, never touches a setup's state,
 * and a setup whose site another one replaced in its output folder still finds its own last site.
 *
 * Rebuilds start from a copy of the setup's last site, so Astro's incremental build finds unchanged
 * pages in place and skips them without copying them from its cache (half the time and memory at
 * 10,000 articles). That copy is the site folder the previous build replaced (kept until the next
 * build starts, for readers who fetched a page just before the swap), that site itself once another
 * setup's site replaced it, or the staging folder itself when publishing had to copy it to another
 * file system, brought up to date file by file; after a build that started empty, a copy of the
 * published site, made while the content is checked (the search index's files are hard links).
 * That build keeps no copy of its own: with both cores busy drawing cards and indexing, a copy of
 * 24,000 pages added 9 s to a 70 s cold build, where the first rebuild, its second core idle during
 * the content check, pays 1 to 2 s for it (the bench's 10,000 articles in three languages). The
 * copy is only used while Astro's cache describes the very site folder the setup last published: a
 * build that ran Astro and then failed leaves the cache ahead of the site, and the next build
 * starts empty. Files an earlier build left that this one did
 * not account for are removed by `src/integrations/prune-stale-output.ts`.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { copySite, linkFolders, mirror, removeFolder, tryRename } from './folder-copies.ts';
import type { BundleDigests } from './search-index.ts';

export interface OutputFolders {
  /** Where the site is published (`dist/` or `--out`, spelled as `canonicalFolder` does): a link to a folder of `sitesDir`. */
  outDir: string;
  /** The build setup's name, which begins the names of the site folders it publishes. */
  setup: string;
  /** The setup's Astro cache folder, which also holds the record of what the setup published. */
  stateDir: string;
  /**
   * Where Astro builds: in the project (Astro puts its prerender chunks in a shared `.astro/` when
   * the output folder is outside the working directory), and the same every build, since the page
   * keys hash its path.
   */
  stagingDir: string;
}

/** The folders of the build setup that builds the content folder whose cache is `cacheDir` into `outDir`. */
export function outputFolders(cacheDir: string, outDir: string): OutputFolders {
  const setup = createHash('sha256')
    .update(JSON.stringify([cacheDir, outDir]))
    .digest('hex')
    .slice(0, 12);
  return {
    outDir,
    setup,
    stateDir: path.join(cacheDir, `build-${setup}`),
    stagingDir: path.join(cacheDir, `staging-${setup}`),
  };
}

/** Astro's incremental build manifest: which key every page was last rendered with. */
const manifestFile = (folders: OutputFolders) => path.join(folders.stateDir, 'incremental-build.json');
const publishedFile = (folders: OutputFolders) => path.join(folders.stateDir, 'published.json');

function manifestDigest(folders: OutputFolders): string | undefined {
  try {
    return createHash('sha256')
      .update(readFileSync(manifestFile(folders)))
      .digest('hex');
  } catch {
    return undefined;
  }
}

/** The published site folders, beside the output path so that linking to them never crosses file systems. */
const sitesDir = (folders: OutputFolders) =>
  path.join(path.dirname(folders.outDir), `.${path.basename(folders.outDir)}-site`);

/** The name of the site folder the output path links to; undefined when it is absent, a real folder or links elsewhere. */
function publishedSite(folders: OutputFolders): string | undefined {
  try {
    const target = path.resolve(path.dirname(folders.outDir), readlinkSync(folders.outDir));
    return path.dirname(target) === sitesDir(folders) ? path.basename(target) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * This setup's site folders other than the published one: the one its last build replaced, one a
 * killed build left, its last site once another setup's replaced it. Folders of other setups are
 * theirs to reuse; folders named after no setup (a real output folder moved aside, a site of an
 * older version of this build) count as this setup's.
 */
function formerSites(folders: OutputFolders): string[] {
  const published = publishedSite(folders);
  const entries = existsSync(sitesDir(folders)) ? readdirSync(sitesDir(folders), { withFileTypes: true }) : [];
  const ours = (name: string) => name.startsWith(`${folders.setup}-`) || !/^[0-9a-f]{12}-/.test(name);
  return entries
    .filter((entry) => entry.isDirectory() && entry.name !== published && ours(entry.name))
    .map((entry) => path.join(sitesDir(folders), entry.name));
}

/** What `published.json` records of the site this setup last published. */
interface PublishedRecord {
  /** Digest of the Astro manifest the site was built with. */
  manifest: string | undefined;
  /** What each search bundle was built from (src/cli/search-index.ts). */
  searchBundles: BundleDigests;
  /** The site folder's name; another setup may have published its own into the output folder since. */
  site: string;
}

/** The record of the setup's last site, if that site folder is still there and exactly what Astro's manifest says it built last. */
function trustedRecord(folders: OutputFolders): PublishedRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(publishedFile(folders), 'utf8')) as PublishedRecord;
    const intact = record.manifest === manifestDigest(folders) && existsSync(path.join(sitesDir(folders), record.site));
    return intact ? record : undefined;
  } catch {
    return undefined;
  }
}

export interface Staging {
  startedFrom: 'a copy of the published site' | 'empty';
  /** What the search bundles in the staging folder were built from; none when it starts empty. */
  searchBundles: BundleDigests;
}

/** Whether a relative path lies in one of `folders`. */
const inFolders = (folders: readonly string[]) => (file: string) =>
  folders.some((folder) => file.startsWith(`${folder}${path.sep}`));

/**
 * Fills the staging folder for Astro: a copy of the site this setup last published when it can be
 * trusted, else nothing. `linkedFolders` (the search index) are never rewritten in place by a
 * build, only removed and written anew: their files are hard-linked, not copied. This setup's former
 * site folders are no longer published: its last site, once another setup's replaced it, becomes
 * the staging folder as it is; else one of them does if none is left from the last build; the rest go.
 */
export function prepareStaging(folders: OutputFolders, linkedFolders: readonly string[]): Staging {
  // Earlier versions of this build kept a second copy of the site there: about 580 MB at 10,000 articles.
  removeFolder(`${folders.stagingDir}-spare`);
  const record = trustedRecord(folders);
  if (!record) {
    removeFolder(folders.stagingDir);
    for (const site of formerSites(folders)) removeFolder(site);
    return { startedFrom: 'empty', searchBundles: {} };
  }
  const last = path.join(sitesDir(folders), record.site);
  const replaced = record.site !== publishedSite(folders);
  if (replaced) removeFolder(folders.stagingDir);
  for (const site of formerSites(folders)) {
    if (site === last) continue;
    if (!replaced && !existsSync(folders.stagingDir) && tryRename(site, folders.stagingDir)) continue;
    removeFolder(site);
  }
  const started = { startedFrom: 'a copy of the published site', searchBundles: record.searchBundles } as const;
  if (replaced && tryRename(last, folders.stagingDir)) return started;
  if (existsSync(folders.stagingDir)) {
    mirror(last, folders.stagingDir, inFolders(linkedFolders));
  } else {
    copySite(last, folders.stagingDir, linkedFolders);
    linkFolders(last, folders.stagingDir, linkedFolders);
  }
  return started;
}

/** `prepareStaging` on a worker thread, to overlap the content check. */
export function prepareStagingInBackground(folders: OutputFolders, linkedFolders: readonly string[]): Promise<Staging> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./output-folders-worker.ts', import.meta.url), {
      workerData: { folders, linkedFolders },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`Output folders: preparing the staging folder stopped with exit code ${code}`));
    });
  });
}

/**
 * Publishes the staging folder as a new site folder and records which Astro manifest and search
 * bundles the published site matches. The next build of this setup starts from the staging folder
 * if publishing copied it, else from a site folder of this setup that is no longer published, else
 * from a copy of this one.
 */
export function publish(folders: OutputFolders, searchBundles: BundleDigests): void {
  const { outDir, stagingDir } = folders;
  const sites = sitesDir(folders);
  mkdirSync(sites, { recursive: true });
  const name = `${folders.setup}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const site = path.join(sites, name);
  // Complete before the swap, while the old site is still published. Across file systems a copy,
  // which leaves the staging folder a copy of the published site for the next build.
  const moved = tryRename(stagingDir, site);
  if (!moved) cpSync(stagingDir, site, { recursive: true, preserveTimestamps: true });
  // A real folder at the output path (built before the site folders, or a user's) cannot be
  // replaced by a rename: it is moved among the former sites, once, and only then is there a
  // moment without the output path.
  if (lstatSync(outDir, { throwIfNoEntry: false })?.isDirectory()) renameSync(outDir, `${site}-before`);
  const link = path.join(sites, 'link.tmp');
  rmSync(link, { force: true });
  if (process.platform === 'win32') {
    // A junction needs no privilege but an absolute target, and rename cannot replace a directory
    // on Windows: there the old link goes first, a moment without the output path.
    symlinkSync(site, link, 'junction');
    rmSync(outDir, { force: true });
  } else {
    // Relative, so that the project folder can be moved.
    symlinkSync(path.relative(path.dirname(outDir), site), link);
  }
  renameSync(link, outDir);
  mkdirSync(folders.stateDir, { recursive: true });
  const record: PublishedRecord = { manifest: manifestDigest(folders), searchBundles, site: name };
  writeFileSync(publishedFile(folders), JSON.stringify(record));
}
