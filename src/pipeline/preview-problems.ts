/**
 * State the live preview shares between `npm run dev`, the content loaders and the pages.
 *
 * Content problems found while the live preview (`npm run dev`) runs. A build stops at the first
 * problem; the preview keeps serving the last good version of each file instead, and shows what is
 * wrong in the terminal and at the top of every page until the file is fixed.
 *
 * The content loaders and the pages are evaluated by different module loaders in one process, so
 * the list lives on `globalThis`, keyed by the file (or check) that found the problems.
 */
import { formatProblem, type Problem } from '../domain/validate.ts';

const registryKey = Symbol.for('space-diplomacy-archive.preview-problems');
const registry: Map<string, Problem[]> =
  ((globalThis as Record<symbol, unknown>)[registryKey] as Map<string, Problem[]>) ??
  ((globalThis as Record<symbol, unknown>)[registryKey] = new Map<string, Problem[]>());

/**
 * Records what `source` found (an empty list clears it) and says so in the terminal when it changes:
 * each problem as `file: field: message`, or that the source is fine again.
 */
export function setPreviewProblems(source: string, problems: readonly Problem[]): void {
  const before = registry.get(source) ?? [];
  const lines = problems.map(formatProblem);
  if (lines.join('\n') === before.map(formatProblem).join('\n')) return;
  if (lines.length === 0) {
    registry.delete(source);
    console.info(`Content fixed: ${source}`);
    return;
  }
  registry.set(source, [...problems]);
  console.error(lines.map((line) => `Content problem: ${line}`).join('\n'));
}

/** Every problem the preview knows of now, by file. */
export function previewProblems(): Problem[] {
  return [...registry.values()].flat().sort((a, b) => a.file.localeCompare(b.file));
}

/** Where the problems of an article's text (its body, which the Markdown pipeline renders) are kept. */
export function textProblemsSource(file: string): string {
  return `${file} (text)`;
}

const bodiesKey = Symbol.for('space-diplomacy-archive.preview-bodies');

/**
 * `npm run dev` renders missing article bodies on every core while Astro starts (src/cli/dev.ts):
 * the archive waits for that instead of rendering them one by one itself.
 */
export function setPreviewBodies(rendering: Promise<unknown>): void {
  (globalThis as Record<symbol, unknown>)[bodiesKey] = rendering;
}

/** Settles once the bodies `npm run dev` is rendering are in the body cache (at once without it). */
export async function previewBodies(): Promise<void> {
  await ((globalThis as Record<symbol, unknown>)[bodiesKey] as Promise<unknown> | undefined)?.catch(() => undefined);
}
