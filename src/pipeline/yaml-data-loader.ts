/**
 * Content-layer loader for one YAML data file (a list of entries with `id`). Unlike Astro's `file()`
 * loader, which only logs a broken file and keeps the stale cache, it fails the sync and reports every
 * problem of the file at once: YAML syntax (with the line), duplicate ids and schema errors.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { withoutBom, yamlValue } from './frontmatter.ts';
import { fieldName, schemaProblems, yamlProblems } from './problems.ts';
import { setPreviewProblems } from './preview-problems.ts';
import { ContentError, type Problem } from '../domain/validate.ts';

export interface ParsedDataFile<T> {
  entries: T[];
  problems: Problem[];
  /** True when the file is not valid YAML: its entries are unknown, not absent. */
  syntaxError: boolean;
}

/** Parses and checks a data file's text; returns the valid entries and every problem found. */
export function parseDataFile<S extends z.ZodType>(text: string, file: string, schema: S): ParsedDataFile<z.output<S>> {
  // Warnings count as problems, as in article frontmatter (src/pipeline/frontmatter.ts).
  const document = parseDocument(withoutBom(text), { uniqueKeys: true, logLevel: 'silent' });
  if (document.errors.length > 0 || document.warnings.length > 0) {
    return { entries: [], problems: yamlProblems(file, [...document.errors, ...document.warnings]), syntaxError: true };
  }
  const read = yamlValue(document, file);
  if ('problem' in read) return { entries: [], problems: [read.problem], syntaxError: true };
  const raw = read.value;
  if (!Array.isArray(raw)) {
    return {
      entries: [],
      problems: [{ file, field: '(file)', message: 'must be a list of entries, each starting with "- id:"' }],
      syntaxError: false,
    };
  }
  const problems: Problem[] = [];
  const entries: z.output<S>[] = [];
  const seen = new Set<string>();
  raw.forEach((item: unknown, index) => {
    const id =
      typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
    // An entry is named by its id where it has one that reads as a name, by its place otherwise.
    const label = id !== undefined && id !== '' ? fieldName(id) : `[${index}]`;
    // Checked here only, not in findProblems: the content check and the Astro loader both come here.
    if (id !== undefined && seen.has(id)) {
      problems.push({ file, field: label, message: `id "${id}" is used twice — give each entry its own id` });
    }
    if (id !== undefined) seen.add(id);
    const result = schema.safeParse(item);
    if (result.success) entries.push(result.data);
    else problems.push(...schemaProblems(file, label, result.error.issues, schema));
  });
  return { entries, problems, syntaxError: false };
}

export function yamlDataLoader<S extends z.ZodType<{ id: string }>>(filePath: string, schema: S): Loader {
  return {
    name: 'yaml-data-loader',
    load: async ({ store, parseData, config, watcher }) => {
      const file = path.relative(new URL('.', config.root).pathname, filePath);
      /** Loads the file; returns its problems, in which case the store keeps what it had. */
      const sync = async (): Promise<Problem[]> => {
        const { entries, problems } = parseDataFile(await readFile(filePath, 'utf8'), file, schema);
        if (problems.length > 0) return problems;
        store.clear();
        for (const entry of entries) {
          store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry }), filePath: file });
        }
        return [];
      };
      const problems = await sync();
      // A build stops; the live preview (it has a watcher) shows the problem and keeps the last good data.
      if (!watcher) {
        if (problems.length > 0) throw new ContentError(problems);
        return;
      }
      setPreviewProblems(file, problems);
      watcher.add(filePath);
      watcher.on('change', (changed) => {
        if (changed !== filePath) return;
        sync().then(
          (found) => setPreviewProblems(file, found),
          (error: unknown) => setPreviewProblems(file, [{ file, field: '(file)', message: String(error) }]),
        );
      });
    },
  };
}
