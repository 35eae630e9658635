/**
 * Browser-test helpers: Debian's Chromium through playwright-core (no browser download ever), a
 * watcher that records everything a page must never do (console errors, failed or cross-origin
 * requests, Content-Security-Policy violations), and axe-core runs with readable failure messages.
 */
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it with apt (`apt-get install chromium`). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** WCAG 2.2 AA and everything below it, as DESIGN.md's quality bar asks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One persistent context (axe needs pages from a context, not `browser.newPage()`). */
export async function launchChromium(userDataDir: string): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM}, which is missing. CI installs it with apt ` +
        '(`apt-get install chromium`, see .ci/run); do the same, or set CHROMIUM_PATH. ' +
        'Never `playwright install`: nothing here downloads a browser.',
    );
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Records every `securitypolicyviolation` event in `window.__cspViolations`. Install once on the
 * context (`context.addInitScript(recordCspViolations)`): it runs before any page script.
 */
export function recordCspViolations(): void {
  const w = window as unknown as { __cspViolations?: string[] };
  w.__cspViolations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      w.__cspViolations?.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    },
    true,
  );
}

export interface PageWatch {
  /** Everything wrong so far, one line each; empty when the page behaved. */
  problems(): Promise<string[]>;
  /** URLs of every script the page requested. */
  scripts: string[];
}

export interface WatchOptions {
  /** The only origin a page may talk to: `http://127.0.0.1:<port>`. */
  origin: string;
  /** A URL whose 404 status is expected (the deliberate request for a missing page). */
  expected404?: string;
}

/** Starts recording what `page` must never do; attach before the first `goto`. */
export function watchPage(page: Page, { origin, expected404 }: WatchOptions): PageWatch {
  const problems: string[] = [];
  const scripts: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/content security policy/i.test(text)) problems.push(`CSP console message: ${text}`);
    else if (message.type() === 'error') {
      // Chromium logs the deliberate 404 document as a failed resource; that one is expected.
      const location = message.location().url;
      if (expected404 && location === expected404 && /status of 404/.test(text)) return;
      // Chromium probes `/favicon.ico` at the origin's root by itself (not the page's request, and
      // outside the base path, so not the site's file) while no page declares an icon.
      if (location === `${origin}/favicon.ico`) return;
      problems.push(`console error: ${text}${location ? ` (${location})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin)
      problems.push(`request to another origin: ${request.url()}`);
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`),
  );
  page.on('response', (response) => {
    if (response.status() < 400) return;
    if (response.status() === 404 && response.url() === expected404) return;
    problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    scripts,
    async problems() {
      const csp = page.isClosed()
        ? []
        : await page.evaluate(
            () =>
              (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['CSP recorder not installed'],
          );
      return [...problems, ...csp.map((violation) => `CSP violation: ${violation}`)];
    },
  };
}

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one readable block per rule. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 8)
      .map(
        (node) =>
          `    ${node.target.join(' ')}${node.failureSummary ? `: ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      );
    const more = violation.nodes.length > 8 ? [`    … and ${violation.nodes.length - 8} more`] : [];
    return [`${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}`, ...nodes, ...more].join('\n');
  });
}

/** The focused element as `tag#id.class "text"`, for assertions and messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const href = el.getAttribute('href');
    return `${el.tagName.toLowerCase()}${id}${cls}${href ? `[href="${href}"]` : ''}`;
  });
}

/**
 * Whether the focused element shows a focus indicator: an outline (style not `none`, width > 0) or
 * a box shadow. A visually hidden radio's indicator is drawn on its label, so that is checked.
 */
export function focusIndicator(
  page: Page,
): Promise<{ element: string; visible: boolean; outline: string; boxShadow: string }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return { element: 'body', visible: false, outline: '', boxShadow: '' };
    const target =
      active instanceof HTMLInputElement && active.type === 'radio' && active.labels?.[0] ? active.labels[0] : active;
    const style = getComputedStyle(target);
    const outlineVisible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowVisible = style.boxShadow !== 'none' && style.boxShadow !== '';
    const element = `${target.tagName.toLowerCase()}${target.id ? `#${target.id}` : ''}${target.getAttribute('for') ? `[for=${target.getAttribute('for')}]` : ''}`;
    return {
      element,
      visible: outlineVisible || shadowVisible,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
    };
  });
}

/**
 * Presses Tab until the focused element matches `selector` (at most `limit` presses). Reaching
 * elements by keyboard, not `focus()`, makes `:focus-visible` apply exactly as for a reader.
 */
export async function tabTo(page: Page, selector: string, limit = 80): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

/** Relative luminance (WCAG) of a CSS `rgb()`/`rgba()` colour string. */
export function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
