/**
 * Reads an article's frontmatter the strict way: YAML errors with their line in the file, and dates
 * written without quotes reported as such (YAML would read them as timestamps, and roll an
 * impossible one such as 2022-13-45 over into a real date).
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { yamlProblems } from './problems.ts';
import type { Problem } from './validate.ts';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const DATE_LIKE = /^\d{4}-\d{1,2}(?:-\d{1,2})?(?:[Tt ].*)?$/;

/** The Markdown after the frontmatter block (the whole text when there is none). */
export function articleBodyText(source: string): string {
  const match = FENCE.exec(source);
  return match ? source.slice(match[0].length) : source;
}

export interface FrontmatterResult {
  data: unknown;
  problems: Problem[];
}

/** Fields holding an unquoted date-like value, as `field path → written value`. */
function unquotedDates(node: Node | null | undefined, path: string, found: Map<string, string>): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      unquotedDates(pair.value as Node, path ? `${path}.${key}` : key, found);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => unquotedDates(item as Node, `${path}[${index}]`, found));
  } else if (isScalar(node) && node.type === 'PLAIN' && DATE_LIKE.test(node.source ?? String(node.value))) {
    found.set(path, node.source ?? String(node.value));
  }
}

export function readFrontmatter(source: string, file: string): FrontmatterResult {
  const match = FENCE.exec(source);
  if (!match) {
    return {
      data: undefined,
      problems: [{ file, field: '(file)', message: 'must start with frontmatter between two "---" lines' }],
    };
  }
  const document = parseDocument(match[1]!, { uniqueKeys: true });
  if (document.errors.length > 0) {
    // +1: the opening `---` is line 1 of the file.
    return { data: undefined, problems: yamlProblems(file, document.errors, 1) };
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
  return { data: document.toJS(), problems };
}
