/**
 * Shared arbitraries and run settings of the property-based tests (fast-check).
 *
 * A failing property prints its counterexample, shrunk, and the seed that produced it. Rerun it with
 * that seed:
 *
 *   FC_SEED=-1234567 npx vitest run tests/property/markdown.test.ts -t 'no executable markup'
 *
 * FC_RUNS=5000 runs every property that many times instead of its modest default: a deeper search
 * before a release or after touching the sanitiser, too slow for every `npm test` (add
 * `--testTimeout=0` to the vitest command).
 */
import { fc } from '@fast-check/vitest';
import type { ArchiveInput, ArticleRecord } from '../../src/domain/archive.ts';
import { agreementKinds, agreementStatuses, type AgreementMention } from '../../src/schemas/article.ts';
import { text as textSchema } from '../../src/schemas/common.ts';

export { fc };

if (process.env['FC_SEED'] !== undefined)
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(process.env['FC_SEED']) });

/** `n` runs, or FC_RUNS when it is set. */
export function runs(n: number): number {
  return Number(process.env['FC_RUNS']) || n;
}

/**
 * Characters that break formats: markup, quotes, CSV formula starters, XML-forbidden controls,
 * noncharacters, lone surrogates, line and paragraph separators, the BOM, and the sequences that
 * end a script or a CDATA section.
 */
// prettier-ignore
const trickyUnit = fc.constantFrom(
  '<', '>', '&', '"', "'", '`', '=', '+', '-', '@', ',', ';', ':', '#', '\\', '/',
  '\t', '\r', '\n', '\r\n', '\0', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f',
  '\u0085', '\u00a0', '\u2028', '\u2029', '\u200b', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udfff',
  '\u{1f680}', '日本', ' ', 'a', 'Z', '0', ']]>', '</script', '<!--', '-->', '&amp;', '&#0;',
);

/** Any string: every UTF-16 code unit (lone surrogates and controls included), graphemes, or tricky characters. */
export const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: trickyUnit, maxLength: 16 }),
);

/**
 * A text field as the check lets it through: any string the schemas' `text` accepts, in the form
 * it stores (trimmed). If the check learns to refuse a character, the outputs stop seeing it here.
 */
export const anyText = anyString
  .map((value) => textSchema.safeParse(value))
  .filter((result) => result.success)
  .map((result) => result.data);

/** A calendar date of the archive's range. */
export const calendarDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const partialDate = fc.oneof(
  calendarDate,
  calendarDate.map((date) => date.slice(0, 7)),
  calendarDate.map((date) => date.slice(0, 4)),
);

const COUNTRIES = ['japan', 'united-states', 'south-korea'] as const;
const LEADERS = ['leader-a', 'leader-b'] as const;
const PROGRAMS = ['artemis', 'lunar-gateway'] as const;
const SUMMITS = ['summit-a'] as const;
const AGREEMENTS = ['pact-a', 'pact-b'] as const;

const someOf = <T>(values: readonly T[]) => fc.subarray([...values]);

/**
 * A whole archive input in which every text field (titles, descriptions, names, notes, source
 * publication and author, office titles, aliases) is drawn from `text`, and everything the check
 * would refuse (ids, references, dates, agreement consistency) is valid, as the build would have it.
 */
export function archiveOf(text: fc.Arbitrary<string>): fc.Arbitrary<ArchiveInput> {
  return fc
    .record({
      countries: fc.tuple(
        ...COUNTRIES.map((id, n) =>
          fc.record({
            id: fc.constant(id),
            name: text,
            officialName: text,
            iso2: fc.constant(['JP', 'US', 'KR'][n]!),
            aliases: fc.array(text, { maxLength: 2 }),
          }),
        ),
      ),
      leaders: fc.tuple(
        ...LEADERS.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: text,
            country: fc.constantFrom(...COUNTRIES),
            offices: fc.tuple(fc.record({ title: text })),
          }),
        ),
      ),
      programs: fc.tuple(
        ...PROGRAMS.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: text,
            description: text,
            leadAgencies: fc.array(text, { maxLength: 2 }),
            partners: someOf(COUNTRIES),
          }),
        ),
      ),
      summits: fc.tuple(
        ...SUMMITS.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: text,
            startDate: calendarDate,
            city: text,
            country: fc.constantFrom(...COUNTRIES),
            leaders: someOf(LEADERS),
          }),
        ),
      ),
      // One title and kind per agreement id, as the check requires of every article that mentions it.
      agreementTitles: fc.tuple(...AGREEMENTS.map(() => text)),
      agreementKinds: fc.tuple(...AGREEMENTS.map(() => fc.constantFrom(...agreementKinds))),
      articles: fc.array(
        fc.record(
          {
            title: text,
            description: text,
            date: calendarDate,
            updated: calendarDate,
            summit: fc.constantFrom(...SUMMITS),
            leaders: someOf(LEADERS),
            countries: someOf(COUNTRIES),
            programs: someOf(PROGRAMS),
            mentions: fc.uniqueArray(
              fc.record(
                {
                  agreement: fc.nat({ max: AGREEMENTS.length - 1 }),
                  status: fc.constantFrom(...agreementStatuses),
                  parties: fc.subarray([...COUNTRIES], { minLength: 1 }),
                  programs: someOf(PROGRAMS),
                  date: partialDate,
                  note: text,
                },
                { requiredKeys: ['agreement', 'status', 'parties', 'programs'] },
              ),
              { maxLength: 2, selector: (mention) => mention.agreement },
            ),
            source: fc.record(
              { publication: text, author: text, url: fc.webUrl({ validSchemes: ['https', 'http'] }) },
              { requiredKeys: ['publication'] },
            ),
            draft: fc.constant(false),
          },
          {
            requiredKeys: [
              'title',
              'description',
              'date',
              'leaders',
              'countries',
              'programs',
              'mentions',
              'source',
              'draft',
            ],
          },
        ),
        { minLength: 1, maxLength: 6 },
      ),
    })
    .map(({ agreementTitles, agreementKinds: kinds, articles, ...data }): ArchiveInput => {
      // Parties and programs of an agreement are the same in every article, as the check requires.
      const firstMention = new Map<number, { parties: string[]; programs: string[] }>();
      return {
        ...data,
        articles: articles.map(({ mentions, updated, ...article }, n): ArticleRecord => ({
          ...article,
          // Never before the publication date, as the check requires.
          ...(updated === undefined ? {} : { updated: updated < article.date ? article.date : updated }),
          id: `2022/article-${n}`,
          file: `content/articles/2022/article-${n}.md`,
          readingMinutes: 1,
          agreements: mentions.map(({ agreement, ...mention }): AgreementMention => {
            const shared = firstMention.get(agreement) ?? { parties: mention.parties, programs: mention.programs };
            firstMention.set(agreement, shared);
            return {
              ...mention,
              ...shared,
              id: AGREEMENTS[agreement]!,
              title: agreementTitles[agreement]!,
              kind: kinds[agreement]!,
            };
          }),
        })),
      };
    });
}

/** An archive as the content check lets it through. */
export const archiveInput = archiveOf(anyText);

/** An archive whose text never met the check: what a writer must survive on its own (a new field, another source). */
export const uncheckedArchiveInput = archiveOf(anyString);
