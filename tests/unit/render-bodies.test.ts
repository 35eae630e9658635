/**
 * The body pre-renderer that `npm run build` and `npm run check` run: an article the Markdown
 * pipeline chokes on (too deep, too slow) becomes a problem naming its file, the others still
 * render, and nothing is left running.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'render-bodies-')), 'content');
const articlesDir = path.join(contentDir, 'articles/2022');
// The renderer's body cache belongs to the content folder, read from CONTENT_DIR when the settings are
// first imported: point it at this test's own corpus before anything imports them.
process.env.CONTENT_DIR = contentDir;
const { cacheDirFor, siteConfig } = await import('../../src/config.ts');
const { renderBodies } = await import('../../src/cli/render-bodies.ts');

const frontmatter = '---\ntitle: T\ndescription: D\ndate: "2022-05-23"\nsource:\n  publication: SpaceNews\n---\n\n';
mkdirSync(articlesDir, { recursive: true });
writeFileSync(path.join(articlesDir, 'deep.md'), `${frontmatter}Intro.\n\n${'> '.repeat(5_000)}deep\n`);
// The native parser takes time proportional to the square of this text: seconds, not milliseconds.
writeFileSync(path.join(articlesDir, 'slow.md'), `${frontmatter}${'_a'.repeat(80_000)}\n`);
writeFileSync(path.join(articlesDir, 'good.md'), `${frontmatter}An ordinary report.\n`);
// A translation's body is rendered and checked like an article's.
writeFileSync(
  path.join(articlesDir, 'good.ja.md'),
  `---\ntitle: T\ndescription: D\ntranslator: X\n---\n\n普通の記事。\n\n${'> '.repeat(300)}深い\n`,
);

afterAll(() => {
  rmSync(cacheDirFor(contentDir), { recursive: true, force: true });
  rmSync(path.dirname(contentDir), { recursive: true, force: true });
});

describe('renderBodies', () => {
  it('works with a cache of its own', () => {
    expect(siteConfig.cacheDir).toBe(cacheDirFor(contentDir));
  });

  it('reports a body too deep or too slow to render as a problem of its file, and renders the rest', async () => {
    const report = await renderBodies(
      path.join(contentDir, 'articles'),
      (file) => path.relative(contentDir, file),
      500,
    );
    expect(report.articles).toBe(4);
    expect(report.rendered).toBe(1);
    expect(report.problems.sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      {
        file: 'articles/2022/deep.md',
        field: 'line 11',
        message:
          'Quotes, lists, links or emphasis nest deeper than the 200 levels an article may use, starting here — flatten the text',
      },
      {
        file: 'articles/2022/good.ja.md',
        field: 'line 9',
        message:
          'Quotes, lists, links or emphasis nest deeper than the 200 levels an article may use, starting here — flatten the text',
      },
      {
        file: 'articles/2022/slow.md',
        field: '(text)',
        message:
          'took longer than 0.5 s to turn into HTML — look for long runs of repeated marks such as "_", "*" or "[" and remove them',
      },
    ]);
  });

  it('renders nothing twice: the good body is cached, the failed ones are tried again', async () => {
    const report = await renderBodies(path.join(contentDir, 'articles'), (file) => file, 500);
    expect(report.rendered).toBe(0);
    expect(report.problems).toHaveLength(3);
  });
});
