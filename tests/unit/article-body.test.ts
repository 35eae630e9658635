/** The body cache: keys, rendering with the project's pipeline, and cache hits. */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'sda-body-'));
// The body cache belongs to the content folder, read from CONTENT_DIR when the settings are first
// imported: pointing it at an empty folder of this test's own keeps the developer's cache untouched.
const contentDir = path.join(work, 'content');
process.env.CONTENT_DIR = contentDir;
const { cacheDirFor } = await import('../../src/config.ts');
const { bodyCacheDir, bodyKey, cachedBody, cachedBodyMeta, ensureBody, renderBody } =
  await import('../../src/pipeline/article-body.ts');
const { articleDigest, bodyKeyOf } = await import('../../src/pipeline/article-loader.ts');

afterAll(() => {
  rmSync(cacheDirFor(contentDir), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

const cacheFile = (key: string) => path.join(bodyCacheDir, `${key}.body`);
const article = (body: string, title = 'A title') => `---\ntitle: ${title}\n---\n\n${body}`;

describe('body keys and digests', () => {
  it('work with a cache of their own', () => {
    expect(bodyCacheDir).toBe(path.join(cacheDirFor(contentDir), 'article-bodies'));
  });

  it('depend on the body, not on the frontmatter', () => {
    expect(bodyKey(article('Same text.', 'One'))).toBe(bodyKey(article('Same text.', 'Two')));
    expect(bodyKey(article('Same text.'))).not.toBe(bodyKey(article('Other text.')));
  });

  it('put the body key first in the digest, and a hash of the whole file after it', () => {
    const one = articleDigest(article('Same text.', 'One'));
    const two = articleDigest(article('Same text.', 'Two'));
    expect(bodyKeyOf(one)).toBe(bodyKeyOf(two));
    expect(one).not.toBe(two);
    expect(() => bodyKeyOf(undefined)).toThrow(/digest/);
  });
});

describe('rendering and the cache', () => {
  it('renders with the project pipeline: sanitised, anchored, typographic, with a reading time', async () => {
    const body = await renderBody(article('## A "section"\n\nWords here.<script>alert(1)</script>'));
    expect(body.html).toContain('<h2 id="user-content-a-section">A “section”');
    expect(body.html).not.toContain('<script>');
    expect(body.readingMinutes).toBe(1);
    expect(body.wordCount).toBe(4);
  });

  it('renders a body once and serves it from the cache afterwards', async () => {
    const source = article(`Cached body ${Date.now()}.`);
    const file = path.join(work, 'article.md');
    writeFileSync(file, source);
    expect(await ensureBody(source)).toBe(true);
    expect(await ensureBody(source)).toBe(false);
    // The file is not read again on a hit: changing it does not change what is served for the key.
    writeFileSync(file, article('Something else.'));
    const body = await cachedBody(bodyKey(source), file);
    expect(body.html).toContain('Cached body');
    expect(body.wordCount).toBe(3);
    expect(await cachedBodyMeta(bodyKey(source), file)).toStrictEqual({ readingMinutes: 1, wordCount: 3 });
  });

  it('gives reading time and word count from the first line of the cache file, rendering on a miss', async () => {
    const source = article(`Only the meta ${Date.now()} is read here.`);
    const key = bodyKey(source);
    const file = path.join(work, 'meta.md');
    writeFileSync(file, source);
    expect(await cachedBodyMeta(key, file)).toStrictEqual({ readingMinutes: 1, wordCount: 7 });
    expect(existsSync(cacheFile(key))).toBe(true);
    // The HTML is not read: a file whose HTML is gone still answers from its first line.
    const firstLine = readFileSync(cacheFile(key), 'utf8').split('\n')[0]!;
    writeFileSync(cacheFile(key), `${firstLine}\n`);
    expect(await cachedBodyMeta(key, file)).toStrictEqual({ readingMinutes: 1, wordCount: 7 });
  });

  it('renders again when a crash cut the cache file short', async () => {
    const source = article(`Cut short ${Date.now()} by a crash.`);
    const key = bodyKey(source);
    const file = path.join(work, 'cut.md');
    writeFileSync(file, source);
    expect(await ensureBody(source)).toBe(true);
    const complete = readFileSync(cacheFile(key), 'utf8');
    truncateSync(cacheFile(key), complete.length - 5);
    const body = await cachedBody(key, file);
    expect(body.html).toContain('Cut short');
    expect(body.html.endsWith('</p>')).toBe(true);
    expect(readFileSync(cacheFile(key), 'utf8')).toBe(complete);
  });

  it('renders on a miss from the source file', async () => {
    const source = article(`Never cached ${Date.now()} before.`);
    const file = path.join(work, 'miss.md');
    writeFileSync(file, source);
    expect((await cachedBody(bodyKey(source), file)).html).toContain('Never cached');
    // A miss reads the source file and leaves it as it was.
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(source);
  });
});

describe("the pipeline's code fingerprint", () => {
  // A copy of the code the fingerprint reads: edits here never touch the working tree.
  const root = path.join(work, 'project');
  cpSync('src', path.join(root, 'src'), { recursive: true });
  cpSync('package-lock.json', path.join(root, 'package-lock.json'));
  const source = article('A body whose key is watched.');

  /** The key a process started in the copy gives the same article: fresh modules, the copy as the project. */
  async function freshKey(): Promise<string> {
    vi.resetModules();
    const cwd = process.cwd();
    process.chdir(root);
    try {
      return (await import('../../src/pipeline/article-body.ts')).bodyKey(source);
    } finally {
      process.chdir(cwd);
    }
  }
  const edit = (module: string) => appendFileSync(path.join(root, module), '\n// An edit.\n');

  it('stays through edits to modules the pipeline does not import', async () => {
    const before = await freshKey();
    edit('src/output/feeds.ts');
    edit('src/domain/validate.ts');
    // The UI strings (ui.ts, en.ts), which the plugins import, take only types from the schemas.
    edit('src/schemas/article.ts');
    mkdirSync(path.join(root, 'src/plugins/sub'));
    expect(await freshKey()).toBe(before);
  });

  it('changes with the plugins, the UI strings, the renderer, the package versions and the site URL', async () => {
    for (const changed of [
      'src/plugins/remark-typography.ts',
      'src/i18n/ui.ts',
      'src/i18n/en.ts',
      'src/pipeline/article-body.ts',
      'package-lock.json',
    ]) {
      const before = await freshKey();
      edit(changed);
      expect(await freshKey(), changed).not.toBe(before);
    }
    const before = await freshKey();
    vi.stubEnv('SITE_URL', 'https://example.org');
    try {
      expect(await freshKey()).not.toBe(before);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
