/**
 * An article body the Markdown pipeline could not render, as a problem for the editor's report:
 * the line where known, what is wrong and the fix, never a stack trace.
 */
import { NestingLimitError } from '../plugins/nesting-limit.ts';
import type { Problem } from '../domain/validate.ts';

/** A body that took longer than the time limit to render (src/cli/render-bodies.ts). */
export class RenderTimeout extends Error {
  constructor(limitMs: number) {
    super(`took longer than ${limitMs / 1000} s to turn into HTML`);
    this.name = 'RenderTimeout';
  }
}

/** `firstLine`: the line of the file the body starts on, as the renderer counts from the body. */
export function renderProblem(file: string, error: unknown, firstLine = 1): Problem {
  if (error instanceof NestingLimitError) {
    const field = error.line === undefined ? '(text)' : `line ${error.line + firstLine - 1}`;
    return { file, field, message: error.message };
  }
  if (error instanceof RenderTimeout) {
    return {
      file,
      field: '(text)',
      message: `${error.message} — look for long runs of repeated marks such as "_", "*" or "[" and remove them`,
    };
  }
  // A stack overflow past the nesting check, a worker out of memory, a fault in a plugin: name the
  // file, keep the cause.
  const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    file,
    field: '(text)',
    message: `could not be turned into HTML (${cause}) — simplify unusual nesting or markup in the text; if the text looks ordinary, report it with this file`,
  };
}
