/**
 * The editor's live preview, `npm run dev`, as an editor uses it on a small corpus: it serves the
 * site, drafts included; an edit shows without a restart, and so does a new file; a content
 * mistake shows in the terminal and at the top of every page as `file: field: message`, without
 * stopping the server, and clears when the file is fixed. (How fast, at 10,000 articles, is
 * measured by `npm run bench -- --preview`, never here.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { freePort } from '../../src/tools/bench-preview.ts';
import { projectRoot, removeCache, text } from '../support/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'sda-preview-'));
const contentDir = path.join(work, 'content');
const articleFile = path.join(contentDir, 'articles/2022/tokyo-summit.md');
const original = () =>
  readFileSync(path.join(projectRoot, 'tests/fixtures/content-base/articles/2022/tokyo-summit.md'), 'utf8');
let server: ChildProcess;
let base = '';
let output = '';

async function get(urlPath: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${base}${urlPath}`);
  return { status: response.status, html: await response.text() };
}

/** Polls `urlPath` until `ready` holds for its answer (the preview picks changes up in the background). */
async function until(
  urlPath: string,
  ready: (answer: { status: number; html: string }) => boolean,
): Promise<{ status: number; html: string }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const answer = await get(urlPath).catch(() => ({ status: 0, html: '' }));
    if (ready(answer)) return answer;
    if (Date.now() > deadline)
      throw new Error(`${urlPath} never became ready; last answer ${answer.status}\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The problems the page lists at its top, one `file: field: message` line each. */
function problemsOn(html: string): string[] {
  return parse(html)
    .querySelectorAll('.preview-problems li')
    .map((item) => text(item));
}

beforeAll(async () => {
  cpSync(path.join(projectRoot, 'tests/fixtures/content-base'), contentDir, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // As from an editor's shell: without the variables vitest and Astro's test config set (NODE_ENV=test,
  // DEV, MODE, BASE_URL, SITE, ASSETS_PREFIX, …), which Vite and Astro would read as their own.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(NODE_ENV|TEST|VITEST.*|DEV|PROD|SSR|MODE|BASE_URL|SITE|ASSETS_PREFIX)$/.test(name),
    ),
  );
  server = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...env, CONTENT_DIR: contentDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until('/', ({ status }) => status === 200);
});

afterAll(() => {
  try {
    process.kill(-server.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
  removeCache(contentDir);
  rmSync(work, { recursive: true, force: true });
});

const display = path.relative(projectRoot, articleFile);

describe('npm run dev', () => {
  it('serves the home page and the article', async () => {
    const article = await get('/articles/2022/tokyo-summit/');
    expect(article.status).toBe(200);
    expect(text(parse(article.html).querySelector('h1'))).toBe('Base article for the bad-input cases');
    expect(problemsOn(article.html)).toEqual([]);
  });

  it('shows an edit without a restart', async () => {
    writeFileSync(articleFile, original().replace(/^title: .*$/m, 'title: An edited headline'));
    const article = await until('/articles/2022/tokyo-summit/', ({ html }) => html.includes('An edited headline'));
    expect(text(parse(article.html).querySelector('h1'))).toBe('An edited headline');
  });

  it('shows a new file, and drafts, without a restart', async () => {
    const draft = original()
      .replace(/^title: .*$/m, 'title: A draft in progress')
      .replace(/^---\n/, '---\ndraft: true\n');
    writeFileSync(path.join(contentDir, 'articles/2022/a-draft.md'), draft);
    const page = await until('/articles/2022/a-draft/', ({ status }) => status === 200);
    expect(text(parse(page.html).querySelector('h1'))).toBe('A draft in progress');
    expect((await get('/')).html).toContain('A draft in progress');
  });

  it('shows a mistake in the file on every page and in the terminal, and keeps serving', async () => {
    writeFileSync(articleFile, original().replace(/^date: .*$/m, 'date: "2022-02-30"'));
    const expected = `${display}: date: "2022-02-30" is not a real calendar date`;
    const home = await until('/', ({ html }) => problemsOn(html).join('\n') === expected);
    expect(problemsOn(home.html)).toEqual([expected]);
    expect(problemsOn((await get('/countries/')).html)).toEqual([expected]);
    expect(output).toContain(expected);
    // The last good version of the article is still there to read.
    expect((await get('/articles/2022/tokyo-summit/')).status).toBe(200);
  });

  it('shows a mistake across files, such as an unknown leader, with its suggestion', async () => {
    writeFileSync(
      articleFile,
      original().replace('leaders: [joe-biden, fumio-kishida]', 'leaders: [joe-bidden, fumio-kishida]'),
    );
    const expected = `${display}: leaders[0]: unknown leader "joe-bidden" — did you mean "joe-biden"?`;
    const home = await until('/', ({ html }) => problemsOn(html).join('\n') === expected);
    expect(problemsOn(home.html)).toEqual([expected]);
  });

  it('shows a text the Markdown pipeline refuses, with its line', async () => {
    writeFileSync(articleFile, `${original()}\n${'> '.repeat(3_000)}too deep\n`);
    const expected = `${display}: line ${original().split('\n').length + 1}: Quotes, lists, links or emphasis nest deeper than the 200 levels an article may use, starting here — flatten the text`;
    // The checks across files catch up a moment after the file's own: wait for the list to settle.
    const home = await until('/', ({ html }) => problemsOn(html).join('\n') === expected);
    expect(problemsOn(home.html)).toEqual([expected]);
  });

  it('clears the problems once the file is fixed', async () => {
    writeFileSync(articleFile, original());
    const home = await until('/', ({ html }) => problemsOn(html).length === 0);
    expect(home.status).toBe(200);
    expect(output).toContain(`Content fixed: ${display}`);
    expect((await get('/articles/2022/tokyo-summit/')).status).toBe(200);
  });

  it('has kept running all along', () => {
    expect(server.exitCode).toBeNull();
  });
});
