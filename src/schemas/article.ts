/** Frontmatter of one article, `content/articles/**\/*.md`. */
import { z } from 'astro/zod';
import { calendarDate, expected, idList, partialDate, slugId, text } from './common.ts';

/** What kind of instrument an agreement is. */
export const agreementKinds = [
  'joint-statement',
  'memorandum-of-understanding',
  'implementation-agreement',
  'agreement',
  'dialogue',
  'pledge',
] as const;

/**
 * Where an agreement stood as the article reports it: `announced` (agreed or declared in public),
 * `in-negotiation`, `signed`, `in-force`, `dormant` (no activity, not ended), `ended`.
 */
export const agreementStatuses = [
  'announced',
  'in-negotiation',
  'signed',
  'in-force',
  'dormant',
  'ended',
] as const;

export type AgreementKind = (typeof agreementKinds)[number];
export type AgreementStatus = (typeof agreementStatuses)[number];

/** One agreement as one article reports it; the same `id` across articles is one agreement. */
export const agreementMentionSchema = z.strictObject({
  /** Slug shared by every article that mentions this agreement. */
  id: slugId,
  /** Name of the agreement; must be the same in every article. */
  title: text,
  kind: z.enum(agreementKinds, { error: expected(`one of: ${agreementKinds.join(', ')}`) }),
  status: z.enum(agreementStatuses, { error: expected(`one of: ${agreementStatuses.join(', ')}`) }),
  /** Country ids of the parties; must be the same in every article. */
  parties: idList.pipe(z.array(slugId).min(1, { error: 'must name at least one party' })),
  /** Program ids the agreement concerns. */
  programs: idList,
  /** When the reported status took effect, as precisely as known; the article date otherwise. */
  date: partialDate.optional(),
  /** One line on what this article reports about the agreement. */
  note: text.optional(),
});

export const sourceSchema = z.strictObject({
  /** Publication the facts come from, such as `SpaceNews`. */
  publication: text,
  /** Reporter or author of the source. */
  author: text.optional(),
  /** Link to the source. */
  url: z.url({ protocol: /^https?$/, error: expected('a full http(s) address') }).optional(),
}, { error: expected('the source, with at least "publication:"') });

export const articleSchema = z.strictObject({
  /** Headline. */
  title: text,
  /** The dek: one or two sentences under the headline, also used in lists, feeds and previews. */
  description: text,
  /** Publication date. */
  date: calendarDate,
  /** Date of the last substantive update. */
  updated: calendarDate.optional(),
  /** Summit id the article reports on; omitted for news outside a summit. */
  summit: slugId.optional(),
  /** Leader ids of the people the article is about. */
  leaders: idList,
  /** Country ids the article concerns. */
  countries: idList,
  /** Program ids the article concerns. */
  programs: idList,
  /** Agreements, pledges and dialogues the article reports on. */
  agreements: z.array(agreementMentionSchema, { error: expected('a list of agreements') }).default([]),
  source: sourceSchema,
  /** `true` keeps the article out of production builds. */
  draft: z.boolean({ error: expected('true or false') }).default(false),
});

export type AgreementMention = z.infer<typeof agreementMentionSchema>;
export type ArticleData = z.infer<typeof articleSchema>;
