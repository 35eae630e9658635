/**
 * No executable markup reaches a page, whatever an article's Markdown holds. Documents are drawn
 * from a grammar of Markdown blocks and inlines, raw HTML with the elements, event handlers and
 * URL tricks sanitisers miss (case, entities, control characters, whitespace), and arbitrary
 * strings; the rendered body is read the way a browser reads it (parse5, the WHATWG parser, and
 * Node's WHATWG URL parser) inside the page's own markup. Seeds and reruns: see arbitraries.ts.
 */
import { test } from '@fast-check/vitest';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../src/plugins/index.ts';
import { anyString, fc, runs } from './arbitraries.ts';

const render = createMarkdownRenderer('https://example.org');

// ---- The grammar ----------------------------------------------------------------------------------

const join = (parts: readonly string[]) => parts.join('');

/** Markup characters and entity fragments, so random text also forms half-tags and near-misses. */
// prettier-ignore
const markupNoise = fc.string({
  unit: fc.constantFrom(
    '<', '>', '/', '=', '"', "'", '&', '#', ';', ':', '!', '-', '[', ']', '(', ')', '*', '_', '`', '\\', '|', ' ',
    '\t', '\n', '\0', 'a', 'x', 'on', 'script', 'javascript',
  ),
  maxLength: 30,
});
const plainText = fc.oneof(anyString, markupNoise);

/** Elements that run, load, submit or hide things, and ordinary ones that hostile attributes ride on. */
// prettier-ignore
const ELEMENTS = [
  'script', 'iframe', 'frame', 'frameset', 'style', 'object', 'embed', 'applet', 'svg', 'math', 'form', 'base', 'meta',
  'link', 'template', 'noscript', 'textarea', 'title', 'xmp', 'plaintext', 'noembed', 'button', 'input', 'select',
  'option', 'video', 'audio', 'source', 'picture', 'img', 'image', 'a', 'area', 'map', 'isindex', 'marquee', 'details',
  'use', 'animate', 'set', 'foreignObject', 'annotation-xml', 'mglyph', 'table', 'p', 'div', 'h2', 'h1',
];
// prettier-ignore
const EVENT_HANDLERS = [
  'onclick', 'onerror', 'onload', 'onmouseover', 'onfocus', 'ontoggle', 'onbegin', 'onanimationstart', 'onpointerenter',
  'onformdata',
];
// prettier-ignore
const URL_ATTRIBUTES = [
  'href', 'src', 'action', 'formaction', 'xlink:href', 'cite', 'longdesc', 'poster', 'background', 'data', 'srcset',
  'ping', 'codebase', 'srcdoc', 'lowsrc', 'dynsrc', 'itemtype', 'usemap',
];

/** Where a URL attribute does something: the markup before and after its value. */
const URL_PLACES: [string, string][] = [
  ['<a href=', '>link</a>'],
  ['<img alt="" src=', '>'],
  ['<img alt="" srcset=', '>'],
  ['<picture><source srcset=', '><img alt="" src="/a.png"></picture>'],
  ['<img alt="" longdesc=', '>'],
  ['<blockquote cite=', '>q</blockquote>'],
  ['<q cite=', '>q</q>'],
  ['<del cite=', '>d</del>'],
  ['<form><button formaction=', '>b</button></form>'],
  ['<input type="checkbox" formaction=', '>'],
  ['<div action=', '>d</div>'],
  ['<form action=', '><input type="submit"></form>'],
  ['<iframe src=', '></iframe>'],
  ['<object data=', '></object>'],
  ['<embed src=', '>'],
  ['<video poster=', '></video>'],
  ['<audio src=', '></audio>'],
  ['<table background=', '><tr><td>c</td></tr></table>'],
  ['<area href=', '>'],
  ['<svg><a xlink:href=', '><text>t</text></a></svg>'],
  ['<svg><use href=', '/></svg>'],
  ['<math><mi href=', '>m</mi></math>'],
  ['<link rel="stylesheet" href=', '>'],
  ['<base href=', '>'],
];

/** One character of a scheme name, possibly hidden: upper case, a character reference, or after stripped whitespace. */
const schemeCharacter = (character: string) => {
  const code = character.charCodeAt(0);
  return fc.oneof(
    fc.constant(character),
    fc.constant(character.toUpperCase()),
    fc.constant(`&#${code};`),
    fc.constant(`&#x${code.toString(16)};`),
    fc.constant(`&#x${code.toString(16).padStart(7, '0')}`),
    fc
      .constantFrom('\t', '\n', '\r', '&Tab;', '&NewLine;', '&#9;', '&#x0A;', '&#13;')
      .map((hidden) => hidden + character),
  );
};
const hostileScheme = fc.oneof(
  ...['javascript', 'vbscript', 'data'].map((scheme) => fc.tuple(...[...scheme].map(schemeCharacter)).map(join)),
);
const hostileUrl = fc
  .tuple(
    fc.constantFrom('', ' ', '\u0001', '\u0000', '&#1;', '&#x20;', '\u000c', ' \t\n', '\u00a0'),
    hostileScheme,
    fc.constantFrom(':', '&colon;', '&#58;', '&#x3a;', '&#X3A;', '&#0058', '%3a'),
    fc.constantFrom(
      'alert(1)',
      'text/html,<script>alert(1)</script>',
      'image/svg+xml;base64,PHN2Zz4=',
      'image/png;base64,iVBORw0KGgo=',
      '//%0aalert(1)',
      'msgbox(1)',
    ),
  )
  .map(join);
const anyUrl = fc.oneof(
  { weight: 3, arbitrary: hostileUrl },
  fc.webUrl(),
  fc.constantFrom(
    '#fn-1',
    '#main',
    '/articles/',
    'mailto:a@example.org',
    '//evil.example/',
    'https://example.org/a.png 1x, javascript:alert(1) 2x',
  ),
  markupNoise,
);

/** `name=value`, the value in double, single or no quotes. */
const assignment = (name: fc.Arbitrary<string>, value: fc.Arbitrary<string>) =>
  fc.tuple(name, value, fc.constantFrom('"', "'", '')).map(([n, v, q]) => `${n}=${q}${v}${q}`);
const attribute = fc.oneof(
  assignment(fc.mixedCase(fc.constantFrom(...EVENT_HANDLERS)), fc.constantFrom('alert(1)', 'x', '')),
  { weight: 3, arbitrary: assignment(fc.mixedCase(fc.constantFrom(...URL_ATTRIBUTES)), anyUrl) },
  assignment(
    fc.mixedCase(fc.constantFrom('style', 'id', 'name', 'class', 'aria-describedby', 'form', 'target', 'rel', 'type')),
    plainText.map((value) => value.replace(/["'>]/g, '')),
  ),
  fc.constantFrom(
    'id=main',
    'NAME=main',
    'http-equiv=refresh content="0;url=javascript:alert(1)"',
    'style="background:url(javascript:alert(1))"',
    'type=checkbox',
  ),
);
const attributes = fc
  .array(fc.tuple(fc.constantFrom(' ', '\n', '/', ' \t'), attribute).map(join), { minLength: 1, maxLength: 3 })
  .map(join);

const rawTag = (inner: fc.Arbitrary<string>) =>
  fc.oneof(
    // Each URL attribute on the element that uses it, where a miss would matter most.
    fc
      .tuple(fc.constantFrom(...URL_PLACES), anyUrl, fc.constantFrom('"', "'", ''))
      .map(([[open, close], url, q]) => `${open}${q}${url}${q}${close}`),
    fc
      .tuple(
        fc.mixedCase(fc.constantFrom(...ELEMENTS)),
        attributes,
        inner,
        fc.constantFrom('closed', 'open', 'self-closing', 'bad-close'),
      )
      .map(([name, attrs, content, form]) =>
        form === 'closed'
          ? `<${name}${attrs}>${content}</${name}>`
          : form === 'open'
            ? `<${name}${attrs}>${content}`
            : form === 'self-closing'
              ? `<${name}${attrs}/>`
              : `<${name}${attrs}>${content}</${name} ${attrs}>`,
      ),
    fc.constantFrom(
      '<!-- <script>alert(1)</script> -->',
      '<!--><script>alert(1)</script>-->',
      '<!-- --!><script>alert(1)</script>',
      '<![CDATA[<script>alert(1)</script>]]>',
      '<?xml x?><script>alert(1)</script>',
      '</p><script>alert(1)</script>',
      '<scr<script>ipt>alert(1)</script>',
      '<svg><style><img src=x onerror=alert(1)></style></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      '<a href="javascript&colon;alert(1)">x</a>',
      '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
      '<base href="javascript:alert(1)//">',
    ),
  );

const { document } = fc.letrec((tie) => {
  const inline = tie('inline') as fc.Arbitrary<string>;
  const inlines = fc.array(inline, { maxLength: 4 }).map(join);
  const block = tie('block') as fc.Arbitrary<string>;
  const blocks = fc.array(block, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('\n\n'));
  const indent = (prefix: string, rest: string) => (text: string) =>
    text
      .split('\n')
      .map((line, n) => (n === 0 ? prefix : rest) + line)
      .join('\n');
  return {
    inline: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'inline' },
      plainText,
      fc.tuple(fc.constantFrom('`', '``'), plainText).map(([ticks, code]) => `${ticks}${code}${ticks}`),
      fc
        .tuple(inlines, anyUrl, fc.constantFrom('', ' "title"'))
        .map(([label, url, title]) => `[${label}](${url}${title})`),
      fc.tuple(inlines, anyUrl).map(([label, url]) => `[${label}](<${url}>)`),
      fc.tuple(plainText, anyUrl).map(([alt, url]) => `![${alt}](${url})`),
      anyUrl.map((url) => `<${url}>`),
      fc.constantFrom('[^1]', '[^note]', '[^x]', '[ref]', '[ref][]'),
      fc
        .tuple(fc.constantFrom('*', '_', '**', '__', '~~', '***'), inlines)
        .map(([mark, content]) => `${mark}${content}${mark}`),
      { weight: 4, arbitrary: rawTag(inlines) },
    ),
    block: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'block' },
      inlines,
      fc.tuple(fc.constantFrom('#', '##', '###', '####', '######'), inlines).map(([level, text]) => `${level} ${text}`),
      blocks.map(indent('> ', '> ')),
      fc
        .tuple(fc.constantFrom('- ', '* ', '1. ', '- [ ] ', '- [x] '), blocks)
        .map(([marker, text]) => indent(marker, ' '.repeat(marker.length))(text)),
      fc
        .tuple(fc.constantFrom('```', '~~~', '```html', '```<script>'), plainText)
        .map(([fence, code]) => `${fence}\n${code}\n${fence.slice(0, 3)}`),
      fc
        .tuple(inlines, inlines, inlines, inlines)
        .map(([a, b, c, d]) => `| ${a} | ${b} |\n| --- | :-: |\n| ${c} | ${d} |`),
      fc.tuple(fc.constantFrom('1', 'note', 'x'), inlines).map(([label, text]) => `[^${label}]: ${text}`),
      anyUrl.map((url) => `[ref]: ${url}`),
      { weight: 4, arbitrary: rawTag(blocks) },
      fc.constantFrom('---', '***'),
    ),
    document: fc.array(fc.oneof(block, plainText), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('\n\n')),
  };
});

// ---- The oracle: what a browser would find in the page ---------------------------------------------

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function elements(node: Node): Element[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  const children = node.nodeName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content.childNodes : own;
  return children.flatMap((child) => ('tagName' in child ? [child, ...elements(child)] : elements(child)));
}

/** Elements that run code, load other documents or styles, submit data or change the page's base. */
// prettier-ignore
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'base', 'meta', 'form', 'svg',
  'math', 'template',
]);
/** Attributes a browser follows or fetches as one URL (srcset, a list, is read apart). */
// prettier-ignore
const URL_ATTRIBUTE_NAMES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'cite', 'longdesc', 'poster', 'background', 'data', 'codebase',
  'ping', 'lowsrc', 'dynsrc',
]);
const FORBIDDEN_SCHEMES = new Set(['javascript:', 'vbscript:', 'data:']);
const PAGE = 'https://example.org/articles/2022/report/';
/** The document around the body, as the oracle writes it. */
const PAGE_ELEMENTS = new Set(['html', 'head', 'title', 'body']);

/** The scheme a browser resolves `value` to, after its own whitespace and control stripping. */
function scheme(value: string): string | undefined {
  try {
    return new URL(value, PAGE).protocol;
  } catch {
    return undefined; // Not a URL a browser would follow.
  }
}

/** The URLs of a `srcset`, split the way the HTML standard's srcset parser does. */
function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let at = 0;
  while (at < value.length) {
    at += /^[\s,]*/.exec(value.slice(at))![0].length;
    if (at >= value.length) break;
    const url = /^\S*/.exec(value.slice(at))![0];
    at += url.length;
    urls.push(url.replace(/,+$/, ''));
    if (!url.endsWith(',')) {
      // Descriptors run to the next comma outside parentheses.
      let depth = 0;
      while (at < value.length && (value[at] !== ',' || depth > 0)) {
        if (value[at] === '(') depth++;
        if (value[at] === ')') depth = Math.max(0, depth - 1);
        at++;
      }
    }
  }
  return urls;
}

/** Everything in a rendered body that would run, load or clobber something; empty when safe. */
function violations(html: string): string[] {
  const found: string[] = [];
  const page = parse(
    `<!doctype html><html lang="en"><head><title>t</title></head><body><main id="main"><div class="prose">${html}</div></main></body></html>`,
  );
  const [main, prose, ...content] = elements(page).filter((element) => !PAGE_ELEMENTS.has(element.tagName));
  const inside = new Set(prose ? elements(prose) : []);
  if (main?.tagName !== 'main' || prose?.tagName !== 'div' || !content.every((element) => inside.has(element))) {
    found.push('the body breaks out of its container');
  }
  const ids = new Set<string>(['main']);
  for (const element of content) {
    const where = `<${element.tagName}>`;
    if (FORBIDDEN_ELEMENTS.has(element.tagName)) found.push(`${where} element`);
    for (const { name, value, prefix } of element.attrs) {
      const attribute = prefix ? `${prefix}:${name}` : name;
      if (attribute.startsWith('on')) found.push(`${where} ${attribute} handler`);
      if (attribute === 'style' || attribute === 'srcdoc' || attribute === 'formaction')
        found.push(`${where} ${attribute} attribute`);
      const urls = attribute === 'srcset' ? srcsetUrls(value) : URL_ATTRIBUTE_NAMES.has(attribute) ? [value] : [];
      for (const url of urls) {
        const resolved = scheme(url);
        if (resolved && FORBIDDEN_SCHEMES.has(resolved))
          found.push(`${where} ${attribute}=${JSON.stringify(value)} is a ${resolved} URL`);
      }
      if ((attribute === 'id' || attribute === 'name') && !value.startsWith('user-content-'))
        found.push(`${where} ${attribute}=${JSON.stringify(value)} without the user-content- prefix`);
      if (attribute === 'id') {
        if (ids.has(value)) found.push(`${where} id=${JSON.stringify(value)} is not unique in the page`);
        ids.add(value);
      }
    }
  }
  return found;
}

// ---- The properties -------------------------------------------------------------------------------

describe('the Markdown pipeline with its sanitiser', () => {
  test.prop([document], { numRuns: runs(300) })(
    'lets no executable markup, dangerous URL or unprefixed or repeated id reach a page',
    async (markdown) => {
      const { html } = await render(markdown);
      expect(violations(html)).toEqual([]);
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })], { numRuns: runs(200) })(
    'renders any string, and what it renders is safe',
    async (markdown) => {
      const { html } = await render(markdown);
      expect(violations(html)).toEqual([]);
    },
  );
});

// A grammar that stopped producing hostile markup, or an oracle that stopped seeing it, would let
// the properties above pass on nothing.
describe('the tools of the property', () => {
  it('the oracle refuses what a browser would run, load or clobber, read as a browser reads it', () => {
    for (const html of [
      '<script>alert(1)</script>',
      '<p oNcLiCk="x">a</p>',
      '<a href="jav&#x09;ascript&colon;alert(1)">a</a>',
      '<a href=" \u0001JAVASCRIPT:alert(1)">a</a>',
      '<img src="data:image/png;base64,AAAA">',
      '<picture><source srcset="https://example.org/a.png 1x, javascript:alert(1) 2x"></picture>',
      '<svg><a xlink:href="javascript:alert(1)">a</a></svg>',
      '<p style="color:red">a</p>',
      '<h2 id="main">a</h2>',
      '<p id="user-content-a"></p><p id="user-content-a"></p>',
      '<a name="x">a</a>',
      '</div></main><p>outside</p>',
    ]) {
      expect(violations(html), html).not.toEqual([]);
    }
    expect(
      violations(
        '<p id="user-content-a"><a href="https://example.org/#x" title="javascript:x">a</a><img src="/a.png" alt=""></p>',
      ),
    ).toEqual([]);
  });

  it('the grammar writes hostile markup in most documents', () => {
    const sample = fc.sample(document, { numRuns: 200, seed: 1 });
    const hostile = sample.filter((markdown) => /<[a-z]|javascript|vbscript|data/i.test(markdown));
    expect(hostile.length).toBeGreaterThan(sample.length / 2);
  });
});
