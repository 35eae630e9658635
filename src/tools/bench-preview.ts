/**
 * The editor's loop at archive scale, for `npm run bench -- --preview`: starts `npm run dev` on a
 * corpus as an editor would and measures, from the command, when the home page is served; how long
 * the first article, a term page and the agreements tracker take; how long an edit takes to show;
 * whether a new file (a draft) appears without a restart; and the process tree's peak memory over a
 * session of browsing a hundred pages.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { samplePeakRss } from './process-tree.ts';
import type { Corpus } from './synthetic-corpus.ts';

export interface PreviewFigures {
  previewReadySeconds: number;
  previewFirstArticleSeconds: number;
  previewTermSeconds: number;
  previewAgreementsSeconds: number;
  previewEditSeconds: number;
  previewNewDraftSeconds: number;
  /** The slowest of the hundred pages browsed after the edit. */
  previewSlowestPageSeconds: number;
  previewPeakRssMB: number;
}

const seconds = (since: number) => Math.round(performance.now() - since) / 1000;

/** A TCP port nothing listens on now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Fetches `url`; the text of a 200 answer, else undefined (not up yet, or no such page yet). */
async function page(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Polls until `url` answers with a page for which `ready` holds; the seconds since `since`. */
async function waitFor(
  url: string,
  since: number,
  ready: (html: string) => boolean = () => true,
  limitSeconds = 300,
): Promise<number> {
  for (;;) {
    const html = await page(url);
    if (html !== undefined && ready(html)) return seconds(since);
    if (seconds(since) > limitSeconds) throw new Error(`${url} was not ready after ${limitSeconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The seconds one request for `url` takes; fails unless it answers with a page. */
async function timed(url: string): Promise<number> {
  const started = performance.now();
  if ((await page(url)) === undefined) throw new Error(`The preview did not serve ${url}`);
  return seconds(started);
}

export async function measurePreview(contentDir: string, corpus: Corpus): Promise<PreviewFigures> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const memory = samplePeakRss(child.pid!);
  try {
    const previewReadySeconds = await waitFor(`${base}/`, started);
    const [first, second] = corpus.articles;
    const previewFirstArticleSeconds = await timed(`${base}/articles/${first!.id}/`);
    const previewTermSeconds = await timed(`${base}/countries/${corpus.countries[0]!.id}/`);
    const previewAgreementsSeconds = await timed(`${base}/agreements/`);

    const file = path.join(contentDir, 'articles', `${second!.id}.md`);
    const text = await readFile(file, 'utf8');
    const headline = 'A headline edited while the preview runs';
    const edited = performance.now();
    await writeFile(file, text.replace(/^title: .*$/m, `title: "${headline}"`));
    const previewEditSeconds = await waitFor(
      `${base}/articles/${second!.id}/`,
      edited,
      (html) => html.includes(headline),
      60,
    );

    const draftId = `${first!.id.split('/')[0]}/a-draft-written-during-the-preview`;
    const draft = text
      .replace(/^title: .*$/m, 'title: "A draft written during the preview"')
      .replace(/^---\n/, '---\ndraft: true\n');
    const created = performance.now();
    await writeFile(path.join(contentDir, 'articles', `${draftId}.md`), draft);
    const previewNewDraftSeconds = await waitFor(`${base}/articles/${draftId}/`, created, () => true, 60);

    // A session of browsing: articles across the archive, term pages, lists, the tracker.
    const step = Math.max(1, Math.floor(corpus.articles.length / 60));
    const urls = [
      ...corpus.articles
        .filter((_, index) => index % step === 0)
        .slice(0, 60)
        .map((article) => `/articles/${article.id}/`),
      ...corpus.countries.slice(0, 10).map((country) => `/countries/${country.id}/`),
      ...corpus.programs.slice(0, 5).map((program) => `/programs/${program.id}/`),
      ...corpus.leaders.slice(0, 5).map((leader) => `/leaders/${leader.id}/`),
      ...corpus.summits.slice(0, 5).map((summit) => `/summits/${summit.id}/`),
      '/',
      '/page/2/',
      '/countries/',
      '/programs/',
      '/leaders/',
      '/summits/',
      '/agreements/',
      '/archive/',
      '/search/',
      '/rss.xml',
    ];
    let previewSlowestPageSeconds = 0;
    for (const url of urls)
      previewSlowestPageSeconds = Math.max(previewSlowestPageSeconds, await timed(`${base}${url}`));
    return {
      previewReadySeconds,
      previewFirstArticleSeconds,
      previewTermSeconds,
      previewAgreementsSeconds,
      previewEditSeconds,
      previewNewDraftSeconds,
      previewSlowestPageSeconds,
      previewPeakRssMB: Math.round(memory.stop() / 1024 / 1024),
    };
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\nPreview output:\n${output.slice(-4000)}`,
      {
        cause: error,
      },
    );
  } finally {
    memory.stop();
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
