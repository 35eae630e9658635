/**
 * The content check's part for translations (`<name>.<lang>.md` beside the English original): a
 * language of the site, an original, and frontmatter that carries only what translation changes,
 * its agreement titles naming only agreements the original mentions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../config.ts';
import type { Problem } from '../domain/validate.ts';
import { slugId } from '../schemas/common.ts';
import { translationFacts, translationSchema, type TranslationData } from '../schemas/translation.ts';
import { articleIdFromPath } from './article-id.ts';
import { readFrontmatter } from './frontmatter.ts';
import { fieldPath, schemaProblems } from './problems.ts';
import { bodyImages, placeholders } from './text-checks.ts';

export interface TranslationFile {
  filePath: string;
  /** As messages name it. */
  file: string;
  /** The original's path under the articles folder. */
  original: string;
  lang: string;
}

/** A translation checked: its problems, and its frontmatter when it has none. */
export interface CheckedTranslationFile {
  problems: Problem[];
  data?: TranslationData;
}

/**
 * A translation's problems: a language the site has, an original beside it (`owners`: article ids
 * and their files, relative to `displayRoot`), then its text.
 */
export function translationProblems(
  translation: TranslationFile,
  owners: ReadonlyMap<string, string>,
  /** Paths in messages are relative to this folder. */
  displayRoot: string,
): Problem[] {
  return checkTranslationFile(translation, owners, displayRoot).problems;
}

/**
 * As `translationProblems`, with the frontmatter of a translation without problems.
 * `agreementsOf` gives the agreement ids of an original the caller has read (the content check has
 * every article's); without it, or where it gives none, the original's frontmatter is read here.
 */
export function checkTranslationFile(
  { filePath, file, original, lang }: TranslationFile,
  owners: ReadonlyMap<string, string>,
  displayRoot: string,
  agreementsOf?: (id: string) => readonly string[] | undefined,
): CheckedTranslationFile {
  const languages = siteConfig.translationLanguages;
  if (!languages.includes(lang)) {
    return {
      problems: [
        {
          file,
          field: '(file)',
          message: `is a translation into "${lang}", which is not a language of the site (${languages.join(', ')}) — name it <article>.${languages[0]}.md, or add the language first`,
        },
      ],
    };
  }
  const originalId = articleIdFromPath(original);
  const originalFile = owners.get(originalId);
  if (!originalFile) {
    const expectedFile = path.relative(displayRoot, path.join(path.dirname(filePath), path.basename(original)));
    return {
      problems: [
        {
          file,
          field: '(file)',
          message: `translates ${expectedFile}, which does not exist — put the translation next to its original, named after it`,
        },
      ],
    };
  }
  const originalAgreements =
    agreementsOf?.(originalId) ??
    agreementIdsOf(readFileSync(path.resolve(displayRoot, originalFile), 'utf8'), originalFile);
  return checkTranslationText(readFileSync(filePath, 'utf8'), file, originalFile, originalAgreements);
}

/**
 * The ids of the agreements an article mentions, read from its frontmatter as written; undefined
 * when they cannot be told (frontmatter or `agreements` unreadable, an agreement without an id):
 * the article's own check names that problem.
 */
export function agreementIdsOf(source: string, file: string): string[] | undefined {
  const { data } = readFrontmatter(source, file);
  if (data === undefined) return undefined;
  const agreements: unknown = data === null ? undefined : (data as Record<string, unknown>).agreements;
  if (agreements === undefined) return [];
  if (!Array.isArray(agreements)) return undefined;
  const ids = agreements.map((agreement: unknown) =>
    agreement !== null && typeof agreement === 'object' ? (agreement as Record<string, unknown>).id : undefined,
  );
  return ids.every((id) => typeof id === 'string') ? (ids as string[]) : undefined;
}

/**
 * `agreementTitles` keys that are ids (the schema names any other key) but not of an agreement the
 * original mentions. Nothing is said when the original's agreements cannot be told.
 */
function unknownAgreementTitles(
  data: Record<string, unknown>,
  file: string,
  originalFile: string,
  originalAgreements: readonly string[] | undefined,
): Problem[] {
  if (originalAgreements === undefined) return [];
  const titles = data.agreementTitles;
  if (titles === null || typeof titles !== 'object' || Array.isArray(titles)) return [];
  const fix =
    originalAgreements.length > 0
      ? `use one of its agreement ids: ${originalAgreements.join(', ')}`
      : 'it mentions none: remove agreementTitles';
  return Object.keys(titles)
    .filter((id) => slugId.safeParse(id).success && !originalAgreements.includes(id))
    .map((id) => ({
      file,
      field: fieldPath(['agreementTitles', id]),
      message: `is not an agreement of the original, ${originalFile} — ${fix}`,
    }));
}

/**
 * Checks a translation's source text: its frontmatter holds only what translation changes (a fact
 * written again is refused, naming the original it comes from), `agreementTitles` names only
 * agreements of the original (`originalAgreements`, their ids; not checked when undefined), and no
 * placeholder is left in a translation that is not a draft.
 */
export function checkTranslationSource(
  source: string,
  file: string,
  originalFile: string,
  originalAgreements?: readonly string[],
): Problem[] {
  return checkTranslationText(source, file, originalFile, originalAgreements).problems;
}

function checkTranslationText(
  source: string,
  file: string,
  originalFile: string,
  originalAgreements?: readonly string[],
): CheckedTranslationFile {
  const frontmatter = readFrontmatter(source, file);
  if (frontmatter.data === undefined) return { problems: frontmatter.problems };
  const data: Record<string, unknown> =
    frontmatter.data !== null && typeof frontmatter.data === 'object' ? { ...frontmatter.data } : {};
  const facts = translationFacts.filter((field) => field in data);
  for (const field of facts) delete data[field];
  const repeated = facts.map((field) => ({
    file,
    field,
    message: `is a fact of the original, ${originalFile} — remove it: a translation takes every fact from its original`,
  }));
  const unknownAgreements = unknownAgreementTitles(data, file, originalFile, originalAgreements);
  const result = translationSchema.safeParse(frontmatter.data === null ? {} : data);
  if (!result.success) {
    return {
      problems: [
        ...repeated,
        ...unknownAgreements,
        ...schemaProblems(file, '', result.error.issues, translationSchema),
      ],
    };
  }
  const problems = [
    ...repeated,
    ...unknownAgreements,
    ...frontmatter.problems,
    ...bodyImages(source, file),
    ...(result.data.draft ? [] : placeholders(source, file)),
  ];
  return problems.length > 0 ? { problems } : { problems, data: result.data };
}
