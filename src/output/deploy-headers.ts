/**
 * The `_headers` file Netlify and Cloudflare Pages read: security headers for every page, and long
 * immutable caching for the content-hashed files. Written into the site by the build, with the base
 * path in every rule, so it is right for a subpath too. See docs/deploy.md for other hosts.
 */
import { SEARCH_FOLDER } from './search.ts';

/** Directives every page's <meta> policy carries (astro.config.ts); Astro adds script and style hashes. */
export const PAGE_CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The policy a host sends as a header; each page's <meta> policy narrows it further with hashes. */
export const HEADER_CSP = [
  ...PAGE_CSP_DIRECTIVES,
  // Pagefind, on /search/ only, runs WebAssembly.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // Not possible in a <meta> policy: only a header can forbid framing.
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': HEADER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/**
 * One year, never revalidated: these file names change whenever their content does. Everything else
 * keeps the host's default (revalidate on every visit), so a deploy or a rollback shows at once;
 * hosts merge the headers of every matching rule, so pages get no Cache-Control of their own here.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function headersFile(base: string): string {
  const rule = (path: string, headers: Record<string, string>) =>
    [`${base}${path}`, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    rule('*', SECURITY_HEADERS),
    rule('_astro/*', { 'Cache-Control': IMMUTABLE }),
    // Link-preview cards are named by the digest of their text and design (src/output/cards.ts).
    rule('og/*', { 'Cache-Control': IMMUTABLE }),
    // One folder per search bundle (src/cli/search-index.ts): `:bundle` stands for its name.
    rule(`${SEARCH_FOLDER}/:bundle/fragment/*`, { 'Cache-Control': IMMUTABLE }),
    rule(`${SEARCH_FOLDER}/:bundle/index/*`, { 'Cache-Control': IMMUTABLE }),
  ].join('\n\n')}\n`;
}
