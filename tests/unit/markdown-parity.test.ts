/**
 * Article bodies are parsed by Sätteri (src/plugins/index.ts), not by remark-parse. This holds the
 * two to the same output: every Markdown file of the archive and the fixtures, a synthetic
 * benchmark corpus and the corners of CommonMark and GFM render to the same HTML and reading time
 * as through Astro's unified processor with the same plugins.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArchiveCorpus } from '../../src/tools/archive-corpus.ts';
import { writeCorpus } from '../../src/tools/corpus-files.ts';
import { articleBodyText } from '../../src/pipeline/frontmatter.ts';
import { createMarkdownRenderer, markdownPlugins } from '../../src/plugins/index.ts';

const siteUrl = 'https://example.org';
const renderFast = createMarkdownRenderer(siteUrl);
let astroProcessor: MarkdownRenderer;
const work = mkdtempSync(path.join(tmpdir(), 'sda-parity-'));

beforeAll(async () => {
  astroProcessor = await createMarkdownProcessor({ ...markdownPlugins(siteUrl), syntaxHighlight: false });
  await writeCorpus(work, makeArchiveCorpus({ articles: 60, seed: 7 }), 7, { longBodies: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(dir, name));
}

/**
 * Astro's processor ends with a second HTML parse, which writes an empty attribute as `name=""`
 * where the fast renderer writes `name`: the same attribute to a browser.
 */
const sameAttributes = (html: string) => html.replace(/(\s[\w:-]+)=""/g, '$1');

/** The output, or the error the pipeline refused the text with (a body nested too deep). */
async function outcome<T>(render: () => Promise<T>): Promise<T | { refused: string }> {
  try {
    return await render();
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error) };
  }
}

async function expectSameOutput(markdown: string, label: string): Promise<void> {
  const astro = await outcome(() => astroProcessor.render(markdown));
  const fast = await outcome(() => renderFast(markdown));
  if ('refused' in astro || 'refused' in fast) {
    // Astro's processor wraps the plugins' message in its own.
    expect('refused' in astro && 'refused' in fast, label).toBe(true);
    if ('refused' in astro && 'refused' in fast) expect(astro.refused, label).toContain(fast.refused);
    return;
  }
  expect(sameAttributes(fast.html), label).toBe(sameAttributes(astro.code));
  expect(fast.frontmatter, label).toStrictEqual(astro.metadata.frontmatter);
}

const corners = [
  'Visit https://example.org/path?a=1. Or www.nasa.gov, or write to press@example.com.',
  'A claim.[^1] Another.[^note]\n\n[^1]: The first note.\n[^note]: The second, *emphasised*.\n',
  '| Left | Right | Centre |\n|:--|--:|:-:|\n| 1 | 2 | 3 |\n| `a|b` | **b** | |\n',
  '- [ ] to do\n- [x] done\n\n1) one\n2) two\n',
  '~one~ and ~~two~~, *a **b** c* _d_ `e` and ``f ` g``',
  '<div class="box">\n*not emphasised*\n</div>\n\nInline <b>bold</b> &amp; &copy; &#123; &nbsp;',
  'line one  \nline two\\\nthree',
  'Title\n=====\n\nSubtitle\n--------\n\n# ATX #\n\n####### seven\n',
  '[ref][x], [x] and [X][]\n\n[x]: https://a.example "Title"\n',
  '1. a\n   - b\n     > quote\n     continued\n2. c\n\n   loose\n',
  '```js\nconst a = "<b>";\n```\n\n    indented code\n\n~~~\ntilde fence\n~~~\n',
  '![An image](./a.png "t") and <https://auto.example> and [link](</a b> "t")',
  '> quote\ncontinued\n\n---\n\n***\n\n___',
  'Non-ASCII: «Séoul» — 東京 🚀, tab\there, and trailing \\* escapes \\_',
  '<!-- a comment -->\n\n<script>alert(1)</script>\n\nAfter <img src=x onerror=alert(1)>',
  '## Heading with [a link](https://www.nasa.gov/) and `code`\n\n### "Quoted" heading\n',
];

describe('the Sätteri-parsed renderer matches Astro’s unified processor', () => {
  it('on the corners of CommonMark and GFM', async () => {
    for (const [index, markdown] of corners.entries()) await expectSameOutput(markdown, `corner ${index}`);
  });

  it('on every article of the archive and of the test fixtures', async () => {
    const files = [...markdownFiles('content'), ...markdownFiles('tests/fixtures')];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) await expectSameOutput(articleBodyText(readFileSync(file, 'utf8')), file);
  });

  it('on the benchmark’s long synthetic bodies', async () => {
    const files = markdownFiles(path.join(work, 'articles'));
    expect(files).toHaveLength(60);
    for (const file of files) await expectSameOutput(articleBodyText(readFileSync(file, 'utf8')), file);
  });
});
