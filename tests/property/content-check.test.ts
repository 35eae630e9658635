/**
 * The content check either accepts an article or names the file and the field that is wrong,
 * whatever the file holds or is called: frontmatter in the schema's shape with arbitrary Unicode,
 * missing, extra and wrongly typed fields, arbitrary nesting, raw text that may not be YAML at all,
 * a byte-order mark, CRLF line ends, and arbitrary file and folder names. Seeds and reruns: see
 * arbitraries.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkArticleSource, checkContent } from '../../src/pipeline/content-check.ts';
import { fieldName } from '../../src/pipeline/problems.ts';
import { PLACEHOLDER } from '../../src/pipeline/scaffold.ts';
import type { Problem } from '../../src/domain/validate.ts';
import { parseDataFile } from '../../src/pipeline/yaml-data-loader.ts';
import { agreementKinds, agreementStatuses, articleSchema } from '../../src/schemas/article.ts';
import { countrySchema } from '../../src/schemas/country.ts';
import { anyString, calendarDate, fc, runs } from './arbitraries.ts';

const FILE = 'content/articles/2022/report.md';
const SCHEMA_KEYS = Object.keys(articleSchema.shape);

// ---- Frontmatter ----------------------------------------------------------------------------------

/** Values of every YAML type, nested a few levels deep. */
const { anyValue } = fc.letrec((tie) => ({
  anyValue: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'value' },
    anyString,
    fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true })),
    fc.array(tie('anyValue'), { maxLength: 3 }),
    fc.dictionary(anyString, tie('anyValue'), { maxKeys: 3 }),
  ),
}));

/** Mostly a value of the right shape, sometimes anything at all. */
const field = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good }, anyValue);

const slug = fc.oneof(
  fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,2}$/),
  fc.constantFrom('japan', 'artemis', 'joe-biden'),
);
const date = fc.oneof(calendarDate, fc.constantFrom('2022-02-30', '2022-13-01', '22-05-23', '2022-5-3'), anyString);
const ids = fc.array(field(slug), { maxLength: 3 });

const agreement = fc.record(
  {
    id: field(slug),
    title: field(anyString),
    kind: field(fc.constantFrom(...agreementKinds)),
    status: field(fc.constantFrom(...agreementStatuses)),
    parties: field(ids),
    programs: field(ids),
    date: field(date),
    note: field(anyString),
  },
  { requiredKeys: [] },
);

/** An object in the article schema's shape: every field may be missing, wrongly typed or odd text, and unknown ones added. */
const frontmatter = fc
  .tuple(
    fc.record(
      {
        title: field(anyString),
        description: field(anyString),
        date: field(date),
        updated: field(date),
        summit: field(slug),
        leaders: field(ids),
        countries: field(ids),
        programs: field(ids),
        agreements: field(fc.array(field(agreement), { maxLength: 2 })),
        source: field(
          fc.record(
            { publication: field(anyString), author: field(anyString), url: field(fc.oneof(fc.webUrl(), anyString)) },
            { requiredKeys: [] },
          ),
        ),
        image: field(
          fc.record(
            { src: field(anyString), alt: field(anyString), credit: field(anyString), caption: field(anyString) },
            { requiredKeys: [] },
          ),
        ),
        draft: field(fc.boolean()),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(anyString, anyValue, { maxKeys: 2 }),
  )
  .map(([known, extra]) => ({ ...extra, ...known }));

/** YAML-ish text: indentation, flow and block syntax, anchors and aliases, tags, quotes, comments. */
// prettier-ignore
const yamlNoise = fc.string({
  unit: fc.constantFrom(
    'title: ', 'date: ', '- ', '  ', '\n', ':', '"', "'", '{', '}', '[', ']', ',', '&a ', '*a', '!!str ', '!!binary ',
    '!!set ', '!!omap ', '? ', '|', '>', '#', '---', '...', '%YAML 1.2', '\t', '\\', 'x', '2022-05-23', '~',
  ),
  maxLength: 40,
});

/** An article file's text: frontmatter (serialised, or raw), a body, and the odd BOM and CRLF. */
const articleSource = fc.oneof(
  fc
    .record({
      yaml: fc.oneof({ weight: 3, arbitrary: frontmatter.map((data) => stringify(data)) }, yamlNoise, anyString),
      // The body's own checks: pictures beside the article, the scaffold's placeholder.
      body: fc.oneof(anyString, fc.constantFrom('![x](./a.png)\n<img src="b.png">', `\n${PLACEHOLDER}\n`)),
      bom: fc.boolean(),
      crlf: fc.boolean(),
    })
    .map(({ yaml, body, bom, crlf }) => {
      const text = `---\n${yaml.replace(/\n$/, '')}\n---\n${body}`;
      return `${bom ? '\uFEFF' : ''}${crlf ? text.replace(/\r?\n/g, '\r\n') : text}`;
    }),
  anyString,
);

/** The top-level keys the frontmatter holds, so a problem's field can be traced back to one of them. */
function writtenKeys(source: string): string[] {
  const yaml = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  try {
    const data: unknown = yaml === undefined ? undefined : parse(yaml, { maxAliasCount: 100, logLevel: 'silent' });
    // As problems show them: quoted where they are not plain names.
    return data !== null && typeof data === 'object' ? Object.keys(data).map(fieldName) : [];
  } catch {
    return [];
  }
}

/**
 * One problem as an editor can act on it: the given file, a message, and a field on one readable
 * line (the report prints `file: field: message` per line) that is the whole file, a line, or
 * starts with one of `names`, the fields or entries the file holds.
 */
function expectNamed(problem: Problem, file: string, names: readonly string[]) {
  const where = JSON.stringify(problem);
  expect(problem.file, where).toBe(file);
  expect(problem.message, where).toMatch(/\S/);
  expect(problem.field, where).toMatch(/\S/);
  expect(problem.field, where).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
  const named =
    problem.field === '(file)' ||
    /^line \d+$/.test(problem.field) ||
    names.some((name) => name !== '' && problem.field.startsWith(name));
  expect(named, `${where} names nothing the file holds`).toBe(true);
}

describe('the content check of one article', () => {
  test.prop([articleSource], { numRuns: runs(300) })(
    'never throws, and accepts the article or names the file and the field',
    (source) => {
      const result = checkArticleSource(source, FILE, '2022/report');
      if (result.problems.length === 0) expect(result.record).toBeDefined();
      const names = [...SCHEMA_KEYS, ...writtenKeys(source)];
      for (const problem of result.problems) expectNamed(problem, FILE, names);
    },
  );

  test.prop([frontmatter, fc.boolean(), fc.boolean()], { numRuns: runs(150) })(
    'reads a file with a byte-order mark or CRLF line ends as the same file without',
    (data, bom, crlf) => {
      const plain = `---\n${stringify(data)}---\n\nText.\n`;
      const odd = `${bom ? '\uFEFF' : ''}${crlf ? plain.replace(/\n/g, '\r\n') : plain}`;
      const expected = checkArticleSource(plain, FILE, '2022/report');
      const actual = checkArticleSource(odd, FILE, '2022/report');
      expect(actual.record).toEqual(expected.record);
      expect(actual.problems.map((problem) => problem.field)).toEqual(
        expected.problems.map((problem) => problem.field),
      );
    },
  );
});

describe('the content check of a data file', () => {
  const entry = fc.record(
    {
      id: field(slug),
      name: field(anyString),
      officialName: field(anyString),
      iso2: field(fc.constantFrom('JP', 'US', 'jp')),
      aliases: field(fc.array(anyString, { maxLength: 2 })),
    },
    { requiredKeys: [] },
  );
  test.prop(
    [
      fc.oneof(
        fc.array(field(entry), { maxLength: 3 }).map((list) => stringify(list)),
        yamlNoise,
        anyString,
      ),
      fc.boolean(),
    ],
    {
      numRuns: runs(200),
    },
  )('never throws, and names the file and a field for every problem', (text, bom) => {
    const file = 'content/countries.yaml';
    const result = parseDataFile(`${bom ? '\uFEFF' : ''}${text}`, file, countrySchema);
    for (const problem of result.problems) expectNamed(problem, file, entryNames(text));
  });
});

/** How an editor finds each entry of a data file: by the id written as text, or by its place in the list. */
function entryNames(text: string): string[] {
  let list: unknown;
  try {
    list = parse(text, { maxAliasCount: 100, logLevel: 'silent' });
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.map((entry: unknown, index) => {
    const id = entry !== null && typeof entry === 'object' && 'id' in entry ? entry.id : undefined;
    return typeof id === 'string' && id !== '' ? fieldName(id) : `[${index}]`;
  });
}

// ---- File names -----------------------------------------------------------------------------------

const BASE = path.resolve('tests/fixtures/content-base');
const BASE_ARTICLE = path.join(BASE, 'articles/2022/tokyo-summit.md');
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file or folder name: any Unicode, CJK only, spaces, dots, emoji, or a proper slug. */
const fileName = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    fc.string({
      unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code)),
      minLength: 1,
      maxLength: 6,
    }),
    fc.string({
      unit: fc.constantFrom(
        'a',
        'B',
        '1',
        '-',
        '_',
        ' ',
        '.',
        'é',
        'ß',
        'İ',
        '\u0301',
        '🚀',
        '👩‍🚀',
        '~',
        '(',
        '#',
        '%',
        '&',
        "'",
        '+',
        '\t',
      ),
      minLength: 1,
      maxLength: 12,
    }),
    fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,2}$/),
  )
  .filter((name) => !/[/\0]/.test(name) && name !== '.' && name !== '..' && Buffer.byteLength(`${name}.md`) <= 255);

const articleFile = fc.record({
  folders: fc.array(fileName, { maxLength: 2 }),
  name: fileName,
  extension: fc.constantFrom('.md', '.md', '.md', '.MD', '.markdown'),
});

describe('the content check of a content folder', () => {
  test.prop(
    [
      fc.uniqueArray(articleFile, {
        minLength: 1,
        maxLength: 4,
        selector: ({ folders, name, extension }) => [...folders, name + extension].join('/'),
      }),
    ],
    {
      numRuns: runs(30),
    },
  )('accepts every article file under an id of URL-safe slugs, or refuses it naming the file', async (files) => {
    const paths = files.map(({ folders, name, extension }) => path.join('articles', ...folders, name + extension));
    // A file cannot also be a folder on the way to another one.
    fc.pre(paths.every((file) => !paths.some((other) => other.startsWith(`${file}${path.sep}`))));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'property-names-'));
    try {
      cpSync(BASE, dir, { recursive: true });
      for (const file of paths) {
        mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
        cpSync(BASE_ARTICLE, path.join(dir, file));
      }
      const report = await checkContent(dir, { displayRoot: dir, today: '2100-01-01' });
      for (const file of paths) {
        // Hidden files are skipped on purpose: editors' tools leave them beside articles (._x.md, .x.md.swp).
        if (path.basename(file).startsWith('.')) continue;
        const record = report.articles.find((article) => article.file === file);
        const refused = report.problems.some((problem) => problem.file === file);
        const slugged = record !== undefined && record.id.split('/').every((segment) => SLUG.test(segment));
        expect(
          slugged || refused,
          `${JSON.stringify(file)}: id ${JSON.stringify(record?.id)}, problems ${JSON.stringify(report.problems)}`,
        ).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
