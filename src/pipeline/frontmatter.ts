/**
 * Reads an article's frontmatter the strict way: YAML errors with their line in the file, and dates
 * written without quotes reported as such (YAML would read them as timestamps, and roll an
 * impossible one such as 2022-13-45 over into a real date).
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { fieldName, yamlProblems } from './problems.ts';
import type { Problem } from '../domain/validate.ts';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const DATE_LIKE = /^\d{4}-\d{1,2}(?:-\d{1,2})?(?:[Tt ].*)?$/;

/** A UTF-8 byte-order mark, which some editors write at the start of a file: not part of the text. */
const BOM = /^\uFEFF/;

/** `text` without the byte-order mark it may start with. */
export function withoutBom(text: string): string {
  return text.replace(BOM, '');
}

/** The Markdown after the frontmatter block (the whole text when there is none). */
export function articleBodyText(source: string): string {
  const text = withoutBom(source);
  const match = FENCE.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** The line of the file on which the body (`articleBodyText`) starts, counting from 1. */
export function bodyFirstLine(source: string): number {
  const body = articleBodyText(source);
  return withoutBom(source)
    .slice(0, withoutBom(source).length - body.length)
    .split('\n').length;
}

/**
 * The YAML document's value, or a problem naming the file: `toJS` throws on resource exhaustion (an
 * alias expanding to millions of nodes) and on aliases it cannot resolve.
 */
export function yamlValue(document: Document, file: string): { value: unknown } | { problem: Problem } {
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    return {
      problem: {
        file,
        field: '(file)',
        message: `its YAML cannot be read (${cause}) — write the values out instead of repeating them with "&anchor" and "*alias"`,
      },
    };
  }
}

/** How many alias expansions a YAML document may use: plenty for hand-written files, none for a bomb. */
const MAX_ALIAS_COUNT = 100;

export interface FrontmatterResult {
  data: unknown;
  problems: Problem[];
}

/** Fields holding an unquoted date-like value, as `field path → written value`. */
function unquotedDates(node: Node | null | undefined, path: string, found: Map<string, string>): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = fieldName(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
      unquotedDates(pair.value as Node, path ? `${path}.${key}` : key, found);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => unquotedDates(item as Node, `${path}[${index}]`, found));
  } else if (isScalar(node) && node.type === 'PLAIN' && DATE_LIKE.test(node.source ?? String(node.value))) {
    found.set(path, node.source ?? String(node.value));
  }
}

export function readFrontmatter(source: string, file: string): FrontmatterResult {
  const match = FENCE.exec(withoutBom(source));
  if (!match) {
    return {
      data: undefined,
      problems: [{ file, field: '(file)', message: 'must start with frontmatter between two "---" lines' }],
    };
  }
  // Warnings too (an unknown `!!tag`, say): the value would not be what the editor meant. None is
  // printed by the parser itself, they are problems of the file.
  const document = parseDocument(match[1]!, { uniqueKeys: true, logLevel: 'silent' });
  if (document.errors.length > 0 || document.warnings.length > 0) {
    // +1: the opening `---` is line 1 of the file.
    return { data: undefined, problems: yamlProblems(file, [...document.errors, ...document.warnings], 1) };
  }
  const dates = new Map<string, string>();
  unquotedDates(document.contents as Node, '', dates);
  const problems = [...dates].map(([field, written]) => ({
    file,
    field,
    message: /^\d{4}-\d{2}(?:-\d{2})?$/.test(written)
      ? `write the date in quotes: "${written}"`
      : `"${written}" is not a date this archive understands — write it in quotes as "YYYY-MM-DD"`,
  }));
  const read = yamlValue(document, file);
  if ('problem' in read) return { data: undefined, problems: [read.problem] };
  // Empty frontmatter is an empty map (every required field is then named); a list, a text or a
  // tagged value such as `!!binary` is not frontmatter at all.
  const isMap =
    read.value === null || (typeof read.value === 'object' && Object.getPrototypeOf(read.value) === Object.prototype);
  if (!isMap) {
    return {
      data: undefined,
      problems: [
        {
          file,
          field: '(file)',
          message: 'its frontmatter must be fields, one "name: value" a line, such as "title: …"',
        },
      ],
    };
  }
  return { data: read.value, problems };
}
