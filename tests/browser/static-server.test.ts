/**
 * The static server the browser tests use (src/tools/static-server.ts): it must behave like a
 * real static host, or the browser tests would prove nothing about a deploy.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site.ts';
import { contentTypeFor, startStaticServer, type StaticServer } from '../../src/tools/static-server.ts';

const outputRoot = path.join(projectRoot, 'tests/.output');
mkdirSync(outputRoot, { recursive: true });
const work = mkdtempSync(path.join(outputRoot, 'static-server-'));
const root = path.join(work, 'site');
let server: StaticServer;

/** A raw GET, so the path reaches the server exactly as written (`fetch` would normalise `..`). */
function get(rawPath: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const files: Record<string, string> = {
    'index.html': '<p>home</p>',
    '404.html': '<p>not found page</p>',
    'countries/index.html': '<p>countries</p>',
    'countries/japan/rss.xml': '<rss/>',
    '_astro/site.css': 'body{}',
    '_astro/search.js': 'export {}',
    'data/articles.json': '{}',
    'data/agreements.csv': '"id"',
    'robots.txt': 'User-agent: *',
    'pagefind/2021-2022/pagefind.js': 'export {}',
    'pagefind/2021-2022/wasm.en.pagefind': 'x',
    'pagefind/2021-2022/index/en_1.pf_index': 'x',
    'pagefind/2021-2022/fragment/en_1.pf_fragment': 'x',
    'pagefind/2021-2022/pagefind.en_1.pf_meta': 'x',
    'x.wasm': 'x',
    'img/a.png': 'x',
    'img/a.webp': 'x',
    'img/a.jpg': 'x',
    'img/a.svg': '<svg/>',
  };
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), body);
  }
  writeFileSync(path.join(work, 'secret.txt'), 'outside the site');
  server = await startStaticServer({ root, base: '/archive/' });
});

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('static server for browser tests', () => {
  it('listens on 127.0.0.1 on a free port and serves the site under its base', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/archive/`);
    expect(await get('/archive/')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<p>home</p>',
    });
    expect(await get('/archive/countries/')).toMatchObject({ status: 200, body: '<p>countries</p>' });
    expect(await get('/archive/countries/?q=1')).toMatchObject({ status: 200, body: '<p>countries</p>' });
  });

  it('answers anything else with the site’s 404 page and status 404, never a listing', async () => {
    for (const missing of [
      '/archive/nope/',
      '/',
      '/index.html',
      '/archive/countries',
      '/archive/countries/japan/',
      '/archive/_astro/',
    ]) {
      expect(await get(missing), missing).toMatchObject({
        status: 404,
        type: 'text/html; charset=utf-8',
        body: '<p>not found page</p>',
      });
    }
    expect((await get('/archive/nope/', 'HEAD')).status).toBe(404);
    expect((await get('/archive/', 'POST')).status).toBe(405);
  });

  it('refuses to leave the site folder', async () => {
    for (const attempt of [
      '/archive/../secret.txt',
      '/archive/%2e%2e/secret.txt',
      '/archive/..%2fsecret.txt',
      '/archive/countries/..%2f..%2fsecret.txt',
      '/archive/..%5csecret.txt',
      '/archive/%2e%2e%2fsecret.txt',
    ]) {
      const response = await get(attempt);
      expect(response.status, attempt).toBe(404);
      expect(response.body, attempt).not.toContain('outside the site');
    }
  });

  it.each([
    ['/archive/_astro/site.css', 'text/css; charset=utf-8'],
    ['/archive/_astro/search.js', 'text/javascript; charset=utf-8'],
    ['/archive/data/articles.json', 'application/json; charset=utf-8'],
    ['/archive/data/agreements.csv', 'text/csv; charset=utf-8'],
    ['/archive/countries/japan/rss.xml', 'application/xml; charset=utf-8'],
    ['/archive/robots.txt', 'text/plain; charset=utf-8'],
    ['/archive/img/a.svg', 'image/svg+xml'],
    ['/archive/img/a.png', 'image/png'],
    ['/archive/img/a.webp', 'image/webp'],
    ['/archive/img/a.jpg', 'image/jpeg'],
    ['/archive/x.wasm', 'application/wasm'],
    ['/archive/pagefind/2021-2022/pagefind.js', 'text/javascript; charset=utf-8'],
    ['/archive/pagefind/2021-2022/wasm.en.pagefind', 'application/octet-stream'],
    ['/archive/pagefind/2021-2022/index/en_1.pf_index', 'application/octet-stream'],
    ['/archive/pagefind/2021-2022/fragment/en_1.pf_fragment', 'application/octet-stream'],
    ['/archive/pagefind/2021-2022/pagefind.en_1.pf_meta', 'application/octet-stream'],
  ])('serves %s as %s', async (urlPath, type) => {
    expect(await get(urlPath)).toMatchObject({ status: 200, type });
  });

  it('maps Pagefind’s .pf_* files to application/octet-stream whatever their suffix', () => {
    expect(contentTypeFor('x.pf_filter')).toBe('application/octet-stream');
  });
});
