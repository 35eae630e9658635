/**
 * A ceiling on how deeply an article's Markdown or HTML may nest. The unified tools that turn
 * Markdown into HTML walk trees recursively: a few thousand nested quotes, lists, emphasis marks or
 * `<div>`s overflow the call stack. No report nests anywhere near this deep, so deeper is refused
 * with the line it starts on, before any recursive step runs.
 */
import type { Node } from 'unist';

/**
 * Levels of the document tree an article may use: a list takes two (the list and its item), a
 * quote or an emphasis one. Real reports use a handful; the tools overflow at a few thousand.
 */
export const MAX_NESTING = 200;

/** Thrown when a tree nests deeper than `MAX_NESTING`; its message is written for editors. */
export class NestingLimitError extends Error {
  readonly line: number | undefined;

  constructor(what: string, line: number | undefined) {
    super(`${what} nest deeper than the ${MAX_NESTING} levels an article may use, starting here — flatten the text`);
    this.name = 'NestingLimitError';
    this.line = line;
  }
}

/**
 * How deep containers nest under `tree` (the root is 0, a quote in it 1; text does not count) and
 * the outermost node of the deepest chain, found without recursion.
 */
export function deepestNesting(tree: Node): { depth: number; start: Node } {
  let deepest = { depth: 0, start: tree };
  const stack: { node: Node; depth: number; start: Node }[] = [{ node: tree, depth: 0, start: tree }];
  while (stack.length > 0) {
    const { node, depth, start } = stack.pop()!;
    const children = (node as { children?: Node[] }).children;
    if (!children) continue;
    if (depth > deepest.depth) deepest = { depth, start };
    for (const child of children) stack.push({ node: child, depth: depth + 1, start: depth === 0 ? child : start });
  }
  return deepest;
}

/** Throws a `NestingLimitError` naming `what` when `tree` nests deeper than allowed. */
export function assertNesting(tree: Node, what: string): void {
  const { depth, start } = deepestNesting(tree);
  if (depth > MAX_NESTING) throw new NestingLimitError(what, start.position?.start.line);
}

/** Elements without an end tag, which never deepen the tree. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TAG = /<(\/?)([a-z][a-z0-9-]*)\b[^>]*?(\/?)>/gi;

/**
 * The HTML parser recurses too: raw HTML whose tags open far deeper than any page needs is refused
 * before it is parsed. Counting tags over-estimates (an unclosed `<p>` counts), hence the margin;
 * the exact limit is checked on the parsed tree.
 */
export function assertRawHtmlNesting(html: string, line: number | undefined): void {
  const margin = MAX_NESTING * 5;
  let depth = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (VOID_ELEMENTS.has(name!.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > margin) throw new NestingLimitError('HTML elements', line);
  }
}

/** Remark plugin, first in the chain: refuses over-deep Markdown before other plugins recurse into it. */
export default function remarkNestingLimit() {
  return (tree: Node) => assertNesting(tree, 'Quotes, lists, links or emphasis');
}
