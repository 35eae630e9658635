/**
 * The editors' safety net: every kind of content mistake in tests/fixtures/bad/ stops the build
 * with a non-zero exit and a `file: field: message` line naming the fix, and leaves the previously
 * built site byte-for-byte as it was. `npm run check` reports the same lines without building.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/config.ts';
import { hashTree, projectRoot, removeCache, runBuild } from '../support/site.ts';

const fixtures = path.join(projectRoot, 'tests/fixtures');
// Inside the project so messages show short relative paths; unique so parallel runs never collide.
mkdirSync(path.join(projectRoot, 'tests/.output'), { recursive: true });
const work = mkdtempSync(path.join(projectRoot, 'tests/.output/bad-content-'));
const outDir = path.join(work, 'dist');

interface Expected {
  problems: { file: string; field: string; message: string }[];
}

const readExpected = (name: string) =>
  JSON.parse(readFileSync(path.join(fixtures, 'bad', name, 'expected.json'), 'utf8')) as Expected;

/** The base corpus with a case's files laid over it, at a path inside the project. */
function prepare(caseName: string, caseDir: string): string {
  const contentDir = path.join(work, caseName, 'content');
  rmSync(path.dirname(contentDir), { recursive: true, force: true });
  cpSync(path.join(fixtures, 'content-base'), contentDir, { recursive: true });
  cpSync(path.join(caseDir, 'files'), contentDir, { recursive: true });
  return contentDir;
}

function runCheck(contentDir: string) {
  const result = spawnSync(process.execPath, ['src/cli/check.ts'], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** A case's problems as printed for a content folder at `content` (relative to the project). */
function expectedLines(expected: Expected, content: string): string[] {
  return expected.problems.map(
    ({ file, field, message }) => `${content}/${file}: ${field}: ${message.replaceAll('{content}', content)}`,
  );
}

/** Every line of the report under its `N content problems:` header, which must count them right. */
function reportedLines(output: string): string[] {
  const lines = output.split('\n');
  const header = lines.findIndex((line) => /^\d+ content problems?:$/.test(line));
  expect(header, `no "N content problems:" header in\n${output}`).toBeGreaterThanOrEqual(0);
  const listed: string[] = [];
  for (const line of lines.slice(header + 1)) {
    if (!line.startsWith('  ')) break;
    listed.push(line.slice(2));
  }
  expect(listed, `the header's count in\n${output}`).toHaveLength(Number.parseInt(lines[header]!, 10));
  return listed;
}

/** The whole list, nothing duplicated, nothing missing; in any order (bodies render in parallel). */
function expectReport(output: string, lines: string[]) {
  expect(reportedLines(output).sort(), output).toEqual([...lines].sort());
}

/**
 * The messages listed in the editors' guide (docs/editing.md, "4. When something is wrong"), as
 * patterns. The guide shows examples, so its values stand for any value: `…`, quoted text,
 * numbers, code points, file paths, and the kind after "unknown" ("Same for countries, programs,
 * summits…", says that row). `line` matches a printed line; `message` the message alone, without
 * the file and field the example starts with.
 */
function documentedMessages(): { example: string; line: RegExp; message: RegExp }[] {
  const guide = readFileSync(path.join(projectRoot, 'docs/editing.md'), 'utf8');
  const section = guide.slice(guide.indexOf('## 4. When something is wrong'), guide.indexOf('\n## 5.'));
  const values = /(…|"[^"]*"|U\+[0-9A-F]{4}|[^\s"(]+\.(?:md|yaml)\b|\d+(?:\.\d+)?|unknown [a-z]+)/;
  const wildcard = (value: string) =>
    value === '…'
      ? '.*'
      : value.startsWith('"')
        ? '"[^"]*"'
        : value.startsWith('U+')
          ? 'U\\+[0-9A-F]{4}'
          : value.startsWith('unknown ')
            ? 'unknown [a-z]+'
            : /^\d/.test(value)
              ? '\\d+(?:\\.\\d+)?'
              : '\\S+';
  const pattern = (example: string) =>
    new RegExp(
      example
        .split(values)
        .map((part, index) => (index % 2 === 1 ? wildcard(part) : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join(''),
    );
  return section
    .split('\n')
    .filter((row) => row.startsWith('| `'))
    .flatMap((row) => [...row.split(' | ')[0]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!))
    .map((example) => ({
      example,
      line: pattern(example),
      message: pattern(example.replace(/^(?:\S+\.(?:md|yaml): )?(?:line \d+|[^\s:]+): /, '')),
    }));
}

/**
 * Documented messages no case here can show, each shown by another test: the size limit would need
 * a file over 1 MB in the repository (tests/unit/content-check.test.ts), the time limit 20 s of
 * rendering (tests/unit/render-bodies.test.ts), the renderer's own failure a text that breaks the
 * Markdown tools (tests/unit/nesting-limit.test.ts), and Astro's complaint is the build's own line,
 * not a content problem (the damaged-image test below).
 */
const shownElsewhere = [
  '(file): is 1.2 MB; an article may be at most 1 MB — …',
  '(text): took longer than 20 s to turn into HTML — …',
  '(text): could not be turned into HTML (…) — …',
  'Build failed: Astro reported … warning(s) or error(s)',
];

const documented = documentedMessages();
const cases = readdirSync(path.join(fixtures, 'bad')).sort();
let before: Map<string, string>;

beforeAll(() => {
  const base = runBuild(path.join(fixtures, 'content-base'), outDir);
  if (base.code !== 0) throw new Error(`The base corpus must build:\n${base.output}`);
  before = hashTree(outDir);
});

afterAll(() => {
  removeCache(path.join(fixtures, 'content-base'));
  for (const name of [...cases, 'render-failure', 'stale']) removeCache(path.join(work, name, 'content'));
  rmSync(work, { recursive: true, force: true });
});

describe('bad content', () => {
  it('has a case for every message the editors guide lists, and each case shows one of them', () => {
    expect(documented.length).toBeGreaterThan(20);
    // As an editor sees them, with the project's own content folder.
    const lines = cases.flatMap((name) => expectedLines(readExpected(name), 'content'));
    const uncovered = documented.filter(({ line }) => !lines.some((printed) => line.test(printed)));
    expect(uncovered.map(({ example }) => example).sort()).toEqual([...shownElsewhere].sort());

    const undocumented = cases.filter(
      (name) =>
        !readExpected(name).problems.some(({ message }) =>
          documented.some((doc) => doc.message.test(message.replaceAll('{content}', 'content'))),
        ),
    );
    expect(undocumented, 'cases whose mistake docs/editing.md does not list').toEqual([]);
  });

  it.each(cases)('%s: the build fails with the fix named, and dist/ is untouched', (name) => {
    const caseDir = path.join(fixtures, 'bad', name);
    const contentDir = prepare(name, caseDir);
    const lines = expectedLines(readExpected(name), path.relative(projectRoot, contentDir));

    const build = runBuild(contentDir, outDir);
    expect(build.code, build.output).not.toBe(0);
    expectReport(build.output, lines);
    expect(build.output).toContain('was left as it was');
    expect(hashTree(outDir)).toEqual(before);

    const check = runCheck(contentDir);
    expect(check.code).toBe(1);
    expectReport(check.output, lines);
  });

  it('keeps the last good dist/ when the build fails after the content check passed (a damaged image)', () => {
    const contentDir = prepare('render-failure', path.join(fixtures, 'render-failure'));
    expect(runCheck(contentDir).code).toBe(0);
    const build = runBuild(contentDir, outDir);
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/launch-pad\.png|image metadata/i);
    expect(build.output).toMatch(documented.find(({ example }) => example.startsWith('Build failed'))!.line);
    expect(hashTree(outDir)).toEqual(before);
    // The failed build's staging folder is gone, and nothing was moved aside.
    expect(readdirSync(cacheDirFor(contentDir)).filter((name) => name.startsWith('staging-'))).toEqual([]);
    expect(readdirSync(path.dirname(outDir)).filter((name) => name.endsWith('-retired'))).toEqual([]);
  });

  it('accepts files that start with a UTF-8 byte-order mark, as some editors write them', () => {
    const base = path.join(fixtures, 'content-base');
    for (const file of ['articles/2022/tokyo-summit.md', 'countries.yaml']) {
      expect(readFileSync(path.join(base, file)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
    const page = readFileSync(path.join(outDir, 'articles/2022/tokyo-summit/index.html'), 'utf8');
    expect(page).toContain('<h1>Base article for the bad-input cases</h1>');
    expect(readFileSync(path.join(outDir, 'countries/japan/index.html'), 'utf8')).toContain('Japan');
  });

  it('passes the good base corpus through the check', () => {
    const check = runCheck(path.join(fixtures, 'content-base'));
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain('Content OK: 1 article');
  });
});

describe("Astro's content cache", () => {
  it('never lets a build pass on stale data: a data file broken after a good build fails the next one', () => {
    const contentDir = path.join(work, 'stale', 'content');
    cpSync(path.join(fixtures, 'content-base'), contentDir, { recursive: true });
    const staleOut = path.join(work, 'stale', 'dist');
    expect(runBuild(contentDir, staleOut).code).toBe(0);
    const leaders = path.join(contentDir, 'leaders.yaml');
    const good = readFileSync(leaders, 'utf8');

    writeFileSync(leaders, good.replace('- id: fumio-kishida', '- id: fumio-kishida\n  id: again'));
    const broken = runBuild(contentDir, staleOut);
    expect(broken.code).not.toBe(0);
    expect(broken.output).toMatch(/leaders\.yaml: line \d+: Map keys must be unique/);

    writeFileSync(leaders, good.replace('name: Fumio Kishida', 'name: Kishida Fumio'));
    expect(runBuild(contentDir, staleOut).code).toBe(0);
    expect(readFileSync(path.join(staleOut, 'leaders/fumio-kishida/index.html'), 'utf8')).toContain('Kishida Fumio');
    removeCache(contentDir);
  });
});
