/** Fingerprints of the code a result depends on: the local modules an entry imports, followed transitively. */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../src/pipeline/code-fingerprint.ts';

const root = mkdtempSync(path.join(tmpdir(), 'sda-fingerprint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
}
const edit = (name: string) => appendFileSync(path.join(root, name), '\n// An edit.\n');

write({
  'entry.ts': [
    "import type { Shape } from './types.ts';",
    "import { helper, type Other } from './lib/helper.ts';",
    "import { createHash } from 'node:crypto';",
    "export { data } from './data.ts';",
    'export const run = (shape: Shape, other: Other): number => helper() + (shape as unknown as number);',
    "export const later = () => import('./lazy.ts');",
  ].join('\n'),
  'types.ts': 'export interface Shape { size: number }\n',
  'lib/helper.ts':
    "import { base } from '../base.ts';\nexport type Other = string;\nexport const helper = () => base;\n",
  'base.ts': 'export const base = 1;\n',
  'data.ts': 'export const data = \'a string with import("./unrelated.ts") in it\';\n',
  'lazy.ts': 'export const lazy = true;\n',
  'unrelated.ts': 'export const unrelated = true;\n',
  'settings.json': '{}\n',
});
const inputs = { entries: ['entry.ts'], files: ['settings.json'], values: ['https://example.org'] };

describe('codeFingerprint', () => {
  it('follows static, re-exported and dynamic imports, transitively', () => {
    for (const module of ['entry.ts', 'lib/helper.ts', 'base.ts', 'data.ts', 'lazy.ts']) {
      const before = codeFingerprint(root, inputs);
      edit(module);
      expect(codeFingerprint(root, inputs), module).not.toBe(before);
    }
  });

  it('skips type-only imports, text that only looks like an import, and folders nobody imports', () => {
    const before = codeFingerprint(root, inputs);
    edit('types.ts');
    edit('unrelated.ts');
    mkdirSync(path.join(root, 'lib/sub'));
    expect(codeFingerprint(root, inputs)).toBe(before);
  });

  it('covers the other files and the values', () => {
    const before = codeFingerprint(root, inputs);
    expect(codeFingerprint(root, { ...inputs, values: ['https://example.com'] })).not.toBe(before);
    edit('settings.json');
    expect(codeFingerprint(root, inputs)).not.toBe(before);
  });

  it('refuses an import whose module it cannot name, and a missing module', () => {
    write({ 'computed.ts': "const name = './lazy.ts';\nexport const load = () => import(name);\n" });
    expect(() => codeFingerprint(root, { entries: ['computed.ts'] })).toThrow(
      /computed\.ts: import\(name\) cannot be followed/,
    );
    write({ 'broken.ts': "import { gone } from './gone.ts';\nexport { gone };\n" });
    expect(() => codeFingerprint(root, { entries: ['broken.ts'] })).toThrow(/ENOENT.*gone\.ts/);
  });
});
