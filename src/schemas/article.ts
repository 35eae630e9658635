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
export const agreementStatuses = ['announced', 'in-negotiation', 'signed', 'in-force', 'dormant', 'ended'] as const;

export type AgreementKind = (typeof agreementKinds)[number];
export type AgreementStatus = (typeof agreementStatuses)[number];

/** One agreement as one article reports it; the same `id` across articles is one agreement. */
export const agreementMentionSchema = z.strictObject({
  id: slugId.describe('Slug shared by every article that mentions this agreement.'),
  title: text.describe('Name of the agreement; must be the same in every article.'),
  kind: z
    .enum(agreementKinds, { error: expected(`one of: ${agreementKinds.join(', ')}`) })
    .describe('What kind of instrument it is.'),
  status: z
    .enum(agreementStatuses, { error: expected(`one of: ${agreementStatuses.join(', ')}`) })
    .describe('Where it stood as this article reports it.'),
  parties: idList
    .pipe(z.array(slugId).min(1, { error: 'must name at least one party' }))
    .describe('Country ids of the parties; must be the same in every article.'),
  programs: idList.describe('Program ids the agreement concerns.'),
  date: partialDate
    .optional()
    .describe('When the reported status took effect, as precisely as known; the article date otherwise.'),
  note: text.optional().describe('One line on what this article reports about the agreement.'),
});

export const sourceSchema = z.strictObject(
  {
    publication: text.describe('Publication the facts come from, such as `SpaceNews`.'),
    author: text.optional().describe('Reporter or author of the source.'),
    url: z
      .url({ protocol: /^https?$/, error: expected('a full http(s) address') })
      .optional()
      .describe('Link to the source.'),
  },
  { error: expected('the source, with at least "publication:"') },
);

/**
 * The picture shown at the top of an article. `src` is a path relative to the article file; in the
 * site build Astro's `image()` replaces it so the picture is optimised (see content.config.ts).
 */
export function articleImageSchema<S extends z.ZodType>(src: S) {
  return z.strictObject(
    {
      src: src.describe('Path of the image file, relative to the article, such as `./launch.jpg`.'),
      alt: text.describe('What the image shows, for readers who cannot see it. Required.'),
      credit: text.describe('Who made or owns the image, such as `The Presidential Office of South Korea`.'),
      caption: text.optional().describe('Caption shown under the image.'),
    },
    { error: expected('an image with src, alt and credit') },
  );
}

export const articleSchema = z.strictObject({
  title: text.describe('Headline.'),
  description: text.describe(
    'The dek: one or two sentences under the headline, also used in lists, feeds and previews.',
  ),
  date: calendarDate.describe('Publication date.'),
  updated: calendarDate.optional().describe('Date of the last substantive update.'),
  summit: slugId.optional().describe('Summit id the article reports on; omitted for news outside a summit.'),
  leaders: idList.describe('Leader ids of the people the article is about.'),
  countries: idList.describe('Country ids the article concerns.'),
  programs: idList.describe('Program ids the article concerns.'),
  agreements: z
    .array(agreementMentionSchema, { error: expected('a list of agreements') })
    .default([])
    .describe('Agreements, pledges and dialogues the article reports on.'),
  source: sourceSchema,
  image: articleImageSchema(text).optional(),
  draft: z
    .boolean({ error: expected('true or false') })
    .default(false)
    .describe('`true` keeps the article out of production builds.'),
});

export type AgreementMention = z.infer<typeof agreementMentionSchema>;
export type ArticleData = z.infer<typeof articleSchema>;
