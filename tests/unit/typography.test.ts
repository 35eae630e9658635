/** The typography plugin, on real Markdown through the project's full pipeline. */
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../src/plugins/index.ts';
import { smartenText } from '../../src/plugins/remark-typography.ts';

const renderMarkdown = createMarkdownRenderer('https://example.org');
const render = async (markdown: string) => (await renderMarkdown(markdown)).html;

describe('remark-typography', () => {
  it('curls quotes and apostrophes, across emphasis, and sets dashes and ellipses', async () => {
    expect(await render(`Biden said "it's *taking off*" -- and "we'll see"... Then---silence.`)).toBe(
      '<p>Biden said “it’s <em>taking off</em>” – and “we’ll see”… Then—silence.</p>',
    );
  });

  it('opens a quote at the start of a paragraph, a heading, a list item and a quotation', async () => {
    const html = await render(`"First"\n\n## "Heading"\n\n- "item"\n\n> "Quoted," the statement said.`);
    expect(html).toContain('<p>“First”</p>');
    expect(html).toMatch(/<h2 id="user-content-heading">“Heading”/);
    expect(html).toContain('<li>“item”</li>');
    expect(html).toContain('<p>“Quoted,” the statement said.</p>');
  });

  it('leaves code, inline code and raw HTML attributes as written', async () => {
    const html = await render(
      'Use `"quotes"` here.\n\n```\nsay "hi" -- now\n```\n\n<img src="/a.png" alt="the \'b\' case">',
    );
    expect(html).toContain('<code>"quotes"</code>');
    expect(html).toContain('say "hi" -- now');
    expect(html).toContain('alt="the &#x27;b&#x27; case"');
  });

  it('decides from the character before the text', () => {
    expect(smartenText('"', '')).toBe('\u201c');
    expect(smartenText('"', ' ')).toBe('\u201c');
    expect(smartenText('"', 'd')).toBe('\u201d');
    expect(smartenText("'s", 'U.S')).toBe('\u2019s');
    expect(smartenText("('a')", '')).toBe('(\u2018a\u2019)');
  });
});
