/** Turning parser and schema failures into editor-facing problems. */
import type { z } from 'astro/zod';
import { closestMatch } from '../domain/suggest.ts';
import type { Problem } from '../domain/validate.ts';

/**
 * A field name as a problem line shows it: as written when it is a plain name, else quoted with
 * its invisible and line-breaking characters escaped, so that every problem stays one readable line.
 */
export function fieldName(key: string): string {
  if (/^[\p{L}\p{N}_$-]+$/u.test(key)) return key;
  return JSON.stringify(key).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `offices[0].from` from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = typeof key === 'symbol' ? String(key) : fieldName(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  innerType?: { _zod: { def: SchemaDef } };
  element?: { _zod: { def: SchemaDef } };
  in?: { _zod: { def: SchemaDef } };
}

/** The field names an object schema accepts at `path`, looking through optional, default and list wrappers. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  const unwrap = () => {
    for (;;) {
      const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
      if (!inner) return;
      def = inner._zod.def;
    }
  };
  for (const key of path) {
    unwrap();
    const next = typeof key === 'number' ? def.element : def.shape?.[String(key)];
    if (!next) return [];
    def = next._zod.def;
  }
  unwrap();
  return Object.keys(def.shape ?? {});
}

interface YamlError {
  message: string;
  linePos?: [{ line: number; col: number }, ...{ line: number; col: number }[]] | undefined;
}

/** One problem per YAML syntax error, at its line; `lineOffset` counts lines before the YAML text. */
export function yamlProblems(file: string, errors: readonly YamlError[], lineOffset = 0): Problem[] {
  // The parser often reports one mistake several ways on one line: the first says it best.
  const firstPerLine = errors.filter(
    (error, index) => errors.findIndex((other) => other.linePos?.[0].line === error.linePos?.[0].line) === index,
  );
  return firstPerLine.map((error) => ({
    file,
    field: `line ${(error.linePos?.[0].line ?? 1) + lineOffset}`,
    message: `${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')} — fix the YAML syntax here`,
  }));
}

interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
}

/**
 * One problem per schema issue, its field prefixed with `prefix` (such as an entry id). Unknown
 * keys get one problem each, naming the closest known field when `schema` is given.
 */
export function schemaProblems(
  file: string,
  prefix: string,
  issues: readonly SchemaIssue[],
  schema?: z.ZodType,
): Problem[] {
  const join = (path: string) => [prefix, path].filter(Boolean).join('.') || '(file)';
  return issues.flatMap((issue): Problem[] => {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      const known = schema ? knownKeysAt(schema, issue.path) : [];
      return issue.keys.map((key) => {
        const suggestion = closestMatch(key, known);
        return {
          file,
          field: join(field === '' ? fieldName(key) : `${field}.${fieldName(key)}`),
          message: suggestion
            ? `is not a known field — did you mean "${suggestion}"?`
            : `is not a known field — check its spelling, or remove it${known.length ? ` (known fields: ${known.join(', ')})` : ''}`,
        };
      });
    }
    return [{ file, field: join(field), message: issue.message }];
  });
}
