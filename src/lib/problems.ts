/** Turning parser and schema failures into editor-facing problems. */
import type { Problem } from './validate.ts';

/** `offices[0].from` from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
}

/** One problem per schema issue; unknown keys get one problem each, naming the key. */
export function schemaProblems(file: string, prefix: string, issues: readonly SchemaIssue[]): Problem[] {
  const join = (path: string) => [prefix, path].filter(Boolean).join('.') || '(file)';
  return issues.flatMap((issue): Problem[] => {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({
        file,
        field: join(field === '' ? key : `${field}.${key}`),
        message: 'is not a known field — check its spelling, or remove it',
      }));
    }
    return [{ file, field: join(field), message: issue.message }];
  });
}
