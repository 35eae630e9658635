/**
 * The content check on odd and hostile files: a byte-order mark, a YAML alias bomb, file names that
 * cannot be addresses, pictures from outside the content folder, oversized files. Each is accepted
 * or refused with the file and field named, and nothing throws.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFileNameProblem, articleIdFromPath } from '../../src/pipeline/article-id.ts';
import { checkArticleSource, checkContent, MAX_ARTICLE_BYTES } from '../../src/pipeline/content-check.ts';
import { articleBodyText, bodyFirstLine } from '../../src/pipeline/frontmatter.ts';
import { parseDataFile } from '../../src/pipeline/yaml-data-loader.ts';
import { programSchema } from '../../src/schemas/program.ts';

const base = path.resolve(import.meta.dirname, '../fixtures/content-base');
const frontmatter =
  '---\ntitle: T\ndescription: D\ndate: "2022-05-23"\ncountries: [japan]\nsource:\n  publication: SpaceNews\n';
const article = (extra = '', body = 'Text.\n') => `${frontmatter}${extra}---\n\n${body}`;

const aliasBomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...['b', 'c', 'd', 'e', 'f', 'g'].map((name, index) => {
    const previous = 'abcdefg'[index];
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
  }),
].join('\n');

describe('a UTF-8 byte-order mark', () => {
  it('is accepted at the start of an article, which then reads as without it', () => {
    const plain = article();
    const withMark = `\uFEFF${plain}`;
    expect(checkArticleSource(withMark, 'a.md', 'a')).toEqual(checkArticleSource(plain, 'a.md', 'a'));
    expect(checkArticleSource(withMark, 'a.md', 'a').record?.title).toBe('T');
    expect(articleBodyText(withMark)).toBe(articleBodyText(plain));
    expect(bodyFirstLine(withMark)).toBe(bodyFirstLine(plain));
  });

  it('is accepted at the start of a data file', () => {
    const parsed = parseDataFile(
      '\uFEFF- id: artemis\n  name: Artemis\n  description: Moon.\n',
      'programs.yaml',
      programSchema,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((entry) => entry.id)).toEqual(['artemis']);
  });
});

describe('a YAML alias bomb', () => {
  const message =
    'its YAML cannot be read (Excessive alias count indicates a resource exhaustion attack) — write the values out instead of repeating them with "&anchor" and "*alias"';

  it('in an article is a problem naming the file, and returns at once', () => {
    const started = performance.now();
    expect(checkArticleSource(`---\n${aliasBomb}\n---\n\nText.\n`, 'bomb.md', 'bomb')).toEqual({
      problems: [{ file: 'bomb.md', field: '(file)', message }],
    });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('in a data file is a problem naming the file', () => {
    expect(parseDataFile(aliasBomb, 'programs.yaml', programSchema)).toEqual({
      entries: [],
      problems: [{ file: 'programs.yaml', field: '(file)', message }],
      syntaxError: true,
    });
  });

  it('leaves a few honest aliases alone', () => {
    const agreement = (id: string, parties: string) =>
      `  - id: ${id}\n    title: ${id}\n    kind: pledge\n    status: announced\n    parties: ${parties}\n`;
    const result = checkArticleSource(
      article(`agreements:\n${agreement('first', '&p [japan]')}${agreement('second', '*p')}`),
      'a.md',
      'a',
    );
    expect(result.problems).toEqual([]);
    expect(result.record?.agreements.map((mention) => mention.parties)).toEqual([['japan'], ['japan']]);
  });
});

describe('the file-name rule', () => {
  it.each(['2022/biden-kishida-tokyo-summit.md', '2022/x/index.md', 'a.md', '2022/05/launch-2.md'])(
    'accepts %s, whose id is its path',
    (name) => {
      expect(articleFileNameProblem(name)).toBeUndefined();
      expect(articleIdFromPath(name)).toBe(name.replace(/\.md$/, '').replace(/\/index$/, ''));
    },
  );

  it.each([
    ['2022/Tokyo Summit.md', 'the file name "Tokyo Summit.md"', '"tokyo-summit.md"'],
    ['2022/東京.md', 'the file name "東京.md"', '"tokyo-summit.md" (write names from other scripts in Latin letters)'],
    [
      '2022/서울-정상회담.md',
      'the file name "서울-정상회담.md"',
      '"tokyo-summit.md" (write names from other scripts in Latin letters)',
    ],
    ['2022/---.md', 'the file name "---.md"', '"tokyo-summit.md" (write names from other scripts in Latin letters)'],
    ['2022/a--b.md', 'the file name "a--b.md"', '"a-b.md"'],
    ['2022/-a.md', 'the file name "-a.md"', '"a.md"'],
    ['2022/café.md', 'the file name "café.md"', '"cafe.md"'],
    ['2022/x.y.md', 'the file name "x.y.md"', '"x-y.md"'],
    ['News 2022/x.md', 'the folder name "News 2022"', '"news-2022"'],
    ['2022\\Tokyo.md', 'the file name "Tokyo.md"', '"tokyo.md"'],
  ])('refuses %s and says how to name it', (name, what, example) => {
    expect(articleFileNameProblem(name)).toBe(
      `${what} cannot be part of an address — use lower-case letters a–z, digits and single hyphens, such as ${example}`,
    );
  });
});

describe('checkContent on a folder', () => {
  let dir: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const problems = async () =>
    (await checkContent(dir, { displayRoot: dir, today: '2100-01-01' })).problems.map(
      ({ file, field, message }) => `${file}: ${field}: ${message}`,
    );
  const image = (src: string) => `image:\n  src: "${src}"\n  alt: A launch pad\n  credit: NASA\n`;

  beforeEach(() => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'content-check-')), 'content');
    cpSync(base, dir, { recursive: true });
  });
  afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('passes the base corpus, whose files start with a byte-order mark', async () => {
    expect(await problems()).toEqual([]);
  });

  it('never publishes a file whose name slugs to nothing', async () => {
    write('articles/2022/東京.md', article());
    const report = await checkContent(dir, { displayRoot: dir, today: '2100-01-01' });
    expect(report.problems.map((problem) => problem.file)).toEqual(['articles/2022/東京.md']);
    expect(report.articles.map((record) => record.id)).toEqual(['2022/tokyo-summit']);
  });

  it('accepts a picture inside the content folder, even one folder up from the article', async () => {
    write('articles/shared.png', 'not really a png, but the check only looks for the file');
    write('articles/2022/case.md', article(image('../shared.png')));
    expect(await problems()).toEqual([]);
  });

  it('accepts a picture whose name begins with two dots, at the top of the content folder', async () => {
    write('..cover.png', 'png');
    write('articles/2022/case.md', article(image('../../..cover.png')));
    expect(await problems()).toEqual([]);
  });

  it.each([
    [
      '../../../outside.png',
      'points outside content/ — keep the picture inside the content folder, next to the article',
    ],
    [
      '../../../../../../../../../../etc/x.png',
      'points outside content/ — keep the picture inside the content folder, next to the article',
    ],
    ['/etc/x.png', 'is an absolute path — write the path relative to the article, such as "./launch.jpg"'],
    ['C:\\\\photos\\\\x.png', 'is an absolute path — write the path relative to the article, such as "./launch.jpg"'],
    [
      'file:///etc/x.png',
      'is an address, not a file — save the picture next to the article and write its path, such as "./launch.jpg"',
    ],
    [
      '//cdn.example/x.png',
      'is an address, not a file — save the picture next to the article and write its path, such as "./launch.jpg"',
    ],
    ['./x.svg', 'is not a picture file — use a .avif, .gif, .jpg, .png or .webp file'],
    [
      './missing.png',
      'not found — put the image next to the article, or fix the path (relative to the article, such as "./launch.jpg")',
    ],
  ])('refuses the picture %s, naming the file and field', async (src, message) => {
    write('articles/2022/case.md', article(image(src)));
    const shown = src.replaceAll('\\\\', '\\');
    expect(await problems()).toEqual([`articles/2022/case.md: image.src: "${shown}" ${message}`]);
  });

  it('refuses a picture that exists outside the content folder', async () => {
    writeFileSync(path.join(dir, '..', 'outside.png'), 'png');
    write('articles/2022/case.md', article(image('../../../outside.png')));
    expect(await problems()).toEqual([
      'articles/2022/case.md: image.src: "../../../outside.png" points outside content/ — keep the picture inside the content folder, next to the article',
    ]);
  });

  it('refuses a picture that is a symbolic link leading out of the content folder', async () => {
    writeFileSync(path.join(dir, '..', 'outside.png'), 'png');
    symlinkSync(path.join(dir, '..', 'outside.png'), path.join(dir, 'articles/2022/linked.png'));
    write('articles/2022/case.md', article(image('./linked.png')));
    expect(await problems()).toEqual([
      'articles/2022/case.md: image.src: "./linked.png" points outside content/ — keep the picture inside the content folder, next to the article',
    ]);
  });

  it('refuses an article over the size limit without reading it', async () => {
    write('articles/2022/huge.md', article('', `${'word '.repeat(MAX_ARTICLE_BYTES / 5)}\n`));
    expect(await problems()).toEqual([
      'articles/2022/huge.md: (file): is 1.0 MB; an article may be at most 1 MB — split it into several articles',
    ]);
  });
});
