/**
 * A fingerprint of the code behind a cached result: the files its entry modules import, followed
 * transitively, and the other files and values it reads. A cache keyed by it survives edits to
 * code that cannot change its results, and no folder layout can break it.
 *
 * Imports are read with a real lexer (es-module-lexer) after Node's own type stripping, and are
 * followed the way Node resolves them in this project: relative specifiers with their extension
 * written out. Packages (bare specifiers, `node:`) are not followed: package-lock.json stands for
 * them. Type-only imports are skipped: stripping erases them, and with `erasableSyntaxOnly` and
 * `verbatimModuleSyntax` (tsconfig.json) a type can never change what the code does.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import { initSync, parse } from 'es-module-lexer';

export interface CodeInputs {
  /** Entry modules, relative to the project root. */
  entries: readonly string[];
  /** Other files the code reads, relative to the project root (package-lock.json for packages). */
  files?: readonly string[];
  /** Settings the results depend on, such as the site URL. */
  values?: readonly string[];
}

/** Node's type stripping, without the warning Node prints once per process that it is experimental. */
function stripTypes(source: string): string {
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    return stripTypeScriptTypes(source);
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** Modules whose imports are followed; other local files (JSON, say) are hashed as they are. */
const MODULE = /\.(ts|mts|js|mjs)$/;

/** The relative specifiers `source` imports at run time, statically or with `import('…')`. */
function localImports(source: string, file: string): string[] {
  initSync();
  const code = file.endsWith('ts') ? stripTypes(source) : source;
  const specifiers: string[] = [];
  for (const { n: specifier, d: dynamic, s, e } of parse(code, file)[0]) {
    // d is -2 for import.meta, -1 for a static import, the position of `import(` for a dynamic one.
    if (dynamic === -2) continue;
    if (specifier === undefined) {
      // A computed specifier names no file: a change to the module it loads would go unnoticed.
      throw new Error(`${file}: import(${code.slice(s, e)}) cannot be followed to a file — write the path as a string`);
    }
    if (specifier.startsWith('./') || specifier.startsWith('../')) specifiers.push(specifier);
  }
  return specifiers;
}

/**
 * Every local file `entries` import, transitively, entries included: paths relative to `root`,
 * with `/` separators, sorted, each with its text.
 */
function moduleGraph(root: string, entries: readonly string[]): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const pending = entries.map((entry) => path.resolve(root, entry));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const name = path.relative(root, file).split(path.sep).join('/');
    if (files.has(name)) continue;
    const text = readFileSync(file);
    files.set(name, text);
    if (!MODULE.test(file)) continue;
    for (const specifier of localImports(text.toString('utf8'), name))
      pending.push(path.resolve(path.dirname(file), specifier));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** The sha256 of the code `inputs` names, under `root`: its files' names and texts, then its values. */
export function codeFingerprint(root: string, { entries, files = [], values = [] }: CodeInputs): string {
  const hash = createHash('sha256');
  const add = (name: string, text: Buffer | string) => hash.update(name).update('\0').update(text).update('\0');
  for (const [name, text] of moduleGraph(root, entries)) add(name, text);
  for (const file of files) add(file, readFileSync(path.resolve(root, file)));
  values.forEach((value, index) => add(`value ${index}`, value));
  return hash.digest('hex');
}
