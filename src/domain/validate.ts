/**
 * Checks that cross files: every reference resolves, agreements agree with themselves across
 * articles, and nothing is published with a future date. Returns every problem at once so an
 * editor fixes them all in one go. An id used twice in one data file is parseDataFile's rule
 * (yaml-data-loader.ts), which reads each data file for the content check and the Astro loader
 * alike: each rule has one owner, so each problem is printed once.
 */
import type { ArchiveInput, ArticleRecord } from './archive.ts';
import { isAfter } from './dates.ts';
import { officeProblems } from './leaders.ts';
import { closestMatch } from './suggest.ts';
import type { TaxonomyKind } from './taxonomy.ts';

export interface Problem {
  /** File the editor has to open, relative to the project. */
  file: string;
  /** Field inside it, such as `leaders[2]` or `joe-biden.country`. */
  field: string;
  /** What is wrong and, where possible, the fix. */
  message: string;
}

export function formatProblem({ file, field, message }: Problem): string {
  return `${file}: ${field}: ${message}`;
}

/** Every problem, one line each, under a count: what editors read when content is wrong. */
export function formatReport(problems: readonly Problem[]): string {
  const count = `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
  return `${count}:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`;
}

/** Thrown where content must stop a sync or a build; its message is the full report. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(formatReport(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export interface ValidationInput extends ArchiveInput {
  /** Path of each data file, for messages. */
  dataFiles: Record<TaxonomyKind, string>;
  /** Today's date (`YYYY-MM-DD`): a later publication date needs `draft: true`. */
  today: string;
  /** Kinds whose data file could not be read: references to them are not checked, not all wrong. */
  unreadable?: ReadonlySet<TaxonomyKind>;
}

const singular: Record<TaxonomyKind, string> = {
  countries: 'country',
  programs: 'program',
  leaders: 'leader',
  summits: 'summit',
};

export function findProblems(input: ValidationInput): Problem[] {
  const problems: Problem[] = [];
  const ids: Record<TaxonomyKind, Set<string>> = {
    countries: new Set(input.countries.map((c) => c.id)),
    programs: new Set(input.programs.map((p) => p.id)),
    leaders: new Set(input.leaders.map((l) => l.id)),
    summits: new Set(input.summits.map((s) => s.id)),
  };

  const reference = (file: string, field: string, kind: TaxonomyKind, id: string) => {
    if (ids[kind].has(id) || input.unreadable?.has(kind)) return;
    const suggestion = closestMatch(id, ids[kind]);
    const hint = suggestion ? ` — did you mean "${suggestion}"?` : ` — add it to ${input.dataFiles[kind]} first`;
    problems.push({ file, field, message: `unknown ${singular[kind]} "${id}"${hint}` });
  };
  const references = (file: string, field: string, kind: TaxonomyKind, list: readonly string[]) =>
    list.forEach((id, index) => {
      if (list.indexOf(id) !== index) {
        problems.push({ file, field: `${field}[${index}]`, message: `"${id}" is listed twice — remove one` });
        return;
      }
      reference(file, `${field}[${index}]`, kind, id);
    });

  for (const leader of input.leaders) {
    reference(input.dataFiles.leaders, `${leader.id}.country`, 'countries', leader.country);
    problems.push(...officeProblems(leader, input.dataFiles.leaders));
  }
  for (const program of input.programs)
    references(input.dataFiles.programs, `${program.id}.partners`, 'countries', program.partners);
  for (const summit of input.summits) {
    reference(input.dataFiles.summits, `${summit.id}.country`, 'countries', summit.country);
    references(input.dataFiles.summits, `${summit.id}.leaders`, 'leaders', summit.leaders);
  }

  for (const article of input.articles) {
    if (article.summit) reference(article.file, 'summit', 'summits', article.summit);
    references(article.file, 'leaders', 'leaders', article.leaders);
    references(article.file, 'countries', 'countries', article.countries);
    references(article.file, 'programs', 'programs', article.programs);
    article.agreements.forEach((agreement, index) => {
      references(article.file, `agreements[${index}].parties`, 'countries', agreement.parties);
      references(article.file, `agreements[${index}].programs`, 'programs', agreement.programs);
    });
    if (!article.draft && isAfter(article.date, input.today)) {
      problems.push({
        file: article.file,
        field: 'date',
        message: `"${article.date}" is in the future — correct the date, or add "draft: true" until it is published`,
      });
    }
    if (article.updated !== undefined && article.updated < article.date) {
      problems.push({
        file: article.file,
        field: 'updated',
        message: `"${article.updated}" is before the publication date "${article.date}" — correct one of the two`,
      });
    }
    article.agreements.forEach((agreement, index) => {
      if (agreement.date !== undefined && isAfter(agreement.date, input.today)) {
        problems.push({
          file: article.file,
          field: `agreements[${index}].date`,
          message: `"${agreement.date}" is in the future — report what has happened, with the date it happened`,
        });
      }
    });
  }
  problems.push(...agreementConflicts(input.articles));
  return problems;
}

/**
 * An agreement id must mean one agreement: the same title, kind and parties in every article. The
 * earliest article sets them, so the newer article, usually the one being written, is flagged.
 */
function agreementConflicts(articles: readonly ArticleRecord[]): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, { file: string; title: string; kind: string; parties: string }>();
  const oldestFirst = [...articles].sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  for (const article of oldestFirst) {
    article.agreements.forEach((agreement, index) => {
      const parties = [...agreement.parties].sort().join(', ');
      const first = firstSeen.get(agreement.id);
      if (!first) {
        firstSeen.set(agreement.id, { file: article.file, title: agreement.title, kind: agreement.kind, parties });
        return;
      }
      const compare = (field: 'title' | 'kind' | 'parties', value: string) => {
        if (value === first[field]) return;
        problems.push({
          file: article.file,
          field: `agreements[${index}].${field}`,
          message: `agreement "${agreement.id}" has ${field} "${value}" here but "${first[field]}" in ${first.file} — use the same ${field}, or a different id for a different agreement`,
        });
      };
      compare('title', agreement.title);
      compare('kind', agreement.kind);
      compare('parties', parties);
    });
  }
  return problems;
}
