/**
 * Markdown or HTML nested thousands deep used to overflow the call stack of the unified tools: the
 * renderer refuses it with an editor's message and the line it starts on, and stays fast.
 */
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../src/plugins/index.ts';
import { MAX_NESTING, NestingLimitError } from '../../src/plugins/nesting-limit.ts';
import { renderProblem, RenderTimeout } from '../../src/pipeline/render-failure.ts';

const render = createMarkdownRenderer('https://example.org');

const deep = {
  quotes: (n: number) => `${'> '.repeat(n)}deep`,
  lists: (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
  emphasis: (n: number) => `${'*a '.repeat(n)}x${' a*'.repeat(n)}`,
  strong: (n: number) => `${'**'.repeat(n)}x${'**'.repeat(n)}`,
  html: (n: number) => `${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`,
  spans: (n: number) => `<p>${'<span>'.repeat(n)}x${'</span>'.repeat(n)}</p>`,
};

async function failure(markdown: string): Promise<NestingLimitError> {
  try {
    await render(markdown);
  } catch (error) {
    if (error instanceof NestingLimitError) return error;
    throw error;
  }
  throw new Error('rendered without complaint');
}

describe('the nesting limit', () => {
  it.each(Object.entries(deep))('renders ordinary %s nesting', async (_kind, make) => {
    await expect(render(make(20))).resolves.toHaveProperty('html');
  });

  it('lets a thousand brackets through: links cannot nest, so they never deepen the tree', async () => {
    await expect(render(`${'[a '.repeat(1_000)}x${'](b)'.repeat(1_000)}`)).resolves.toHaveProperty('html');
  });

  it.each(Object.entries(deep))(
    'refuses %s nested far past the limit, without a stack overflow',
    async (kind, make) => {
      // Lists grow with the square of their depth (indentation): 3,000 levels is already 9 MB of text.
      for (const depth of [MAX_NESTING + 5, 3_000, kind === 'lists' ? 3_000 : 30_000]) {
        const error = await failure(`Intro line.\n\n${make(depth)}`);
        expect(error.message).toMatch(
          /nest deeper than the 200 levels an article may use, starting here — flatten the text$/,
        );
      }
    },
  );

  it('names the line the deep part starts on, counted in the body', async () => {
    expect((await failure(`One.\n\nTwo.\n\n${deep.quotes(3_000)}`)).line).toBe(5);
    expect((await failure(`One.\n\n${deep.html(3_000)}`)).line).toBe(3);
  });

  it('says which kind of nesting is too deep', async () => {
    expect((await failure(deep.quotes(300))).message).toMatch(/^Quotes, lists, links or emphasis /);
    expect((await failure(deep.html(300))).message).toMatch(/^HTML elements /);
  });
});

describe('renderProblem', () => {
  it('gives the line in the file, past the frontmatter', async () => {
    const error = await failure(`x\n\n${deep.quotes(500)}`);
    expect(renderProblem('content/articles/2022/x.md', error, 9)).toEqual({
      file: 'content/articles/2022/x.md',
      field: 'line 11',
      message: error.message,
    });
  });

  it('turns a time-out into a fix an editor can act on', () => {
    expect(renderProblem('a.md', new RenderTimeout(20_000))).toEqual({
      file: 'a.md',
      field: '(text)',
      message:
        'took longer than 20 s to turn into HTML — look for long runs of repeated marks such as "_", "*" or "[" and remove them',
    });
  });

  it('turns any other error into a named problem with its cause, never a stack trace', () => {
    const problem = renderProblem('a.md', new RangeError('Maximum call stack size exceeded'));
    expect(problem.field).toBe('(text)');
    expect(problem.message).toMatch(
      /^could not be turned into HTML \(RangeError: Maximum call stack size exceeded\) — /,
    );
    expect(problem.message).not.toMatch(/\n\s+at /);
  });
});
