/**
 * The content check's part for translations (`<name>.<lang>.md` beside the English original): a
 * language of the site, an original, and frontmatter that carries only what translation changes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../config.ts';
import type { Problem } from '../domain/validate.ts';
import { translationFacts, translationSchema } from '../schemas/translation.ts';
import { articleIdFromPath } from './article-id.ts';
import { readFrontmatter } from './frontmatter.ts';
import { schemaProblems } from './problems.ts';
import { bodyImages, placeholders } from './text-checks.ts';

export interface TranslationFile {
  filePath: string;
  /** As messages name it. */
  file: string;
  /** The original's path under the articles folder. */
  original: string;
  lang: string;
}

/**
 * A translation's problems: a language the site has, an original beside it (`owners`: article ids
 * and their files), then its text. Read afresh each time: translations are few and small.
 */
export function translationProblems(
  { filePath, file, original, lang }: TranslationFile,
  owners: ReadonlyMap<string, string>,
  /** Paths in messages are relative to this folder. */
  displayRoot: string,
): Problem[] {
  const languages = siteConfig.translationLanguages;
  if (!languages.includes(lang)) {
    return [
      {
        file,
        field: '(file)',
        message: `is a translation into "${lang}", which is not a language of the site (${languages.join(', ')}) — name it <article>.${languages[0]}.md, or add the language first`,
      },
    ];
  }
  const originalFile = owners.get(articleIdFromPath(original));
  if (!originalFile) {
    const expectedFile = path.relative(displayRoot, path.join(path.dirname(filePath), path.basename(original)));
    return [
      {
        file,
        field: '(file)',
        message: `translates ${expectedFile}, which does not exist — put the translation next to its original, named after it`,
      },
    ];
  }
  return checkTranslationSource(readFileSync(filePath, 'utf8'), file, originalFile);
}

/**
 * Checks a translation's source text: its frontmatter holds only what translation changes (a fact
 * written again is refused, naming the original it comes from), and no placeholder is left in a
 * translation that is not a draft.
 */
export function checkTranslationSource(source: string, file: string, originalFile: string): Problem[] {
  const frontmatter = readFrontmatter(source, file);
  if (frontmatter.data === undefined) return frontmatter.problems;
  const data: Record<string, unknown> =
    frontmatter.data !== null && typeof frontmatter.data === 'object' ? { ...frontmatter.data } : {};
  const facts = translationFacts.filter((field) => field in data);
  for (const field of facts) delete data[field];
  const repeated = facts.map((field) => ({
    file,
    field,
    message: `is a fact of the original, ${originalFile} — remove it: a translation takes every fact from its original`,
  }));
  const result = translationSchema.safeParse(frontmatter.data === null ? {} : data);
  if (!result.success) return [...repeated, ...schemaProblems(file, '', result.error.issues, translationSchema)];
  return [
    ...repeated,
    ...frontmatter.problems,
    ...bodyImages(source, file),
    ...(result.data.draft ? [] : placeholders(source, file)),
  ];
}
