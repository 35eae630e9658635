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
import { schemaProblems, yamlProblems } from './problems.ts';
import { ContentError, type Problem } from './validate.ts';


export interface ParsedDataFile<T> {
  entries: T[];
  problems: Problem[];
  /** True when the file is not valid YAML: its entries are unknown, not absent. */
  syntaxError: boolean;
}

/** Parses and checks a data file's text; returns the valid entries and every problem found. */
export function parseDataFile<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): ParsedDataFile<z.output<S>> {
  const document = parseDocument(withoutBom(text), { uniqueKeys: true });
  if (document.errors.length > 0) return { entries: [], problems: yamlProblems(file, document.errors), syntaxError: true };
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
    const id = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : undefined;
    const label = id ?? `[${index}]`;
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
    load: async ({ store, parseData, config, watcher, logger }) => {
      const file = path.relative(new URL('.', config.root).pathname, filePath);
      const sync = async () => {
        const { entries, problems } = parseDataFile(await readFile(filePath, 'utf8'), file, schema);
        if (problems.length > 0) throw new ContentError(problems);
        store.clear();
        for (const entry of entries) {
          store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry }), filePath: file });
        }
      };
      await sync();
      watcher?.add(filePath);
      watcher?.on('change', (changed) => {
        if (changed !== filePath) return;
        sync().catch((error: unknown) => logger.error(String(error instanceof Error ? error.message : error)));
      });
    },
  };
}
