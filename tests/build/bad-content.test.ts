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

function expectedLines(expected: Expected, contentDir: string): string[] {
  const content = path.relative(projectRoot, contentDir);
  return expected.problems.map(({ file, field, message }) =>
    `${content}/${file}: ${field}: ${message.replaceAll('{content}', content)}`,
  );
}

function expectLines(output: string, lines: string[]) {
  const printed = output.split('\n').map((line) => line.trim());
  for (const line of lines) {
    // An empty expected message (YAML syntax errors) only pins the file and the line number.
    const found = line.endsWith(': ') ? printed.some((p) => p.startsWith(line)) : printed.includes(line);
    expect(found, `expected the line\n  ${line}\nin\n${output}`).toBe(true);
  }
}

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
  it('covers every kind of mistake the editors guide lists', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s: the build fails with the fix named, and dist/ is untouched', (name) => {
    const caseDir = path.join(fixtures, 'bad', name);
    const expected = JSON.parse(readFileSync(path.join(caseDir, 'expected.json'), 'utf8')) as Expected;
    const contentDir = prepare(name, caseDir);
    const lines = expectedLines(expected, contentDir);

    const build = runBuild(contentDir, outDir);
    expect(build.code, build.output).not.toBe(0);
    expectLines(build.output, lines);
    expect(build.output).toContain('was left as it was');
    expect(hashTree(outDir)).toEqual(before);

    const check = runCheck(contentDir);
    expect(check.code).toBe(1);
    expectLines(check.output, lines);
  });

  it('reports exactly the expected problems for several bad files, in one run', () => {
    const contentDir = prepare('several-files', path.join(fixtures, 'bad/several-files'));
    const check = runCheck(contentDir);
    expect(check.output).toContain('3 content problems:');
  });

  it('keeps the last good dist/ when the build fails after the content check passed (a damaged image)', () => {
    const contentDir = prepare('render-failure', path.join(fixtures, 'render-failure'));
    expect(runCheck(contentDir).code).toBe(0);
    const build = runBuild(contentDir, outDir);
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/launch-pad\.png|image metadata/i);
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
