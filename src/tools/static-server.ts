/**
 * A small static file server for browser tests: serves a built site folder on 127.0.0.1 under the
 * site's base path, as a static host would. Directory URLs serve their `index.html`, anything else
 * that is not a file gets the site's `404.html` with status 404. No directory listings, and no path
 * can leave the folder (`..`, encoded or not, is refused).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

/** Content types by file extension; Pagefind's index files (`.pf_*`, `.pagefind`) are binary. */
export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.pagefind': 'application/octet-stream',
};

/** The Content-Type a static host should send for `file`. */
export function contentTypeFor(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return contentTypes[ext] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  port: number;
  /** `origin` + base: the site's home page URL, with a trailing slash. */
  url: string;
  /** Every request path the server answered, with its status, in order (for debugging tests). */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** The built site folder. It may not exist yet when the server starts; files are read per request. */
  root: string;
  /** Path prefix the site is served under: `/` or `/archive/`. */
  base?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Headers sent with every response, such as the security headers of `_headers`. */
  headers?: Readonly<Record<string, string>>;
}

/** Text is sent gzipped to clients that accept it, as static hosts do. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|rss\+xml))|image\/svg\+xml/;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The file a URL path maps to inside `root`, or `undefined` when the path is outside the base, not
 * a file, or tries to climb out of the folder.
 */
export async function resolveFile(root: string, base: string, urlPath: string): Promise<string | undefined> {
  if (!urlPath.startsWith(base)) return undefined;
  let local: string;
  try {
    local = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return undefined;
  }
  const segments = local.split(/[/\\]/);
  if (local.includes('\0') || segments.some((segment) => segment === '..')) return undefined;
  const rootDir = path.resolve(root);
  const target = path.resolve(rootDir, ...segments.filter((s) => s !== '' && s !== '.'));
  if (target !== rootDir && !target.startsWith(rootDir + path.sep)) return undefined;
  // A directory URL serves its index; a directory without a trailing slash is not a page.
  const candidate = local === '' || local.endsWith('/') ? path.join(target, 'index.html') : target;
  return (await isFile(candidate)) ? candidate : undefined;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  file: string | undefined,
  size: number,
  extra: Readonly<Record<string, string>> = {},
): void {
  if (!file) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : `${status}\n`);
    return;
  }
  const type = contentTypeFor(file);
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(status, {
    ...extra,
    'Content-Type': type,
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': size }),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

/** Starts serving `root` under `base` on 127.0.0.1. */
export async function startStaticServer({
  root,
  base = '/',
  port = 0,
  headers = {},
}: StaticServerOptions): Promise<StaticServer> {
  const log: StaticServer['log'] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const record = (status: number) => log.push({ path: url.pathname + url.search, status });
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        record(405);
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('405\n');
        return;
      }
      const file = await resolveFile(root, base, url.pathname);
      if (file) {
        record(200);
        send(req, res, 200, file, (await stat(file)).size, headers);
        return;
      }
      const notFound = path.join(root, '404.html');
      record(404);
      if (await isFile(notFound)) send(req, res, 404, notFound, (await stat(notFound)).size, headers);
      else send(req, res, 404, undefined, 0);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`500 ${String(error)}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    origin,
    port: actualPort,
    url: `${origin}${base}`,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
