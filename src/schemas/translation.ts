/**
 * Frontmatter of a translated article, `content/articles/**\/<name>.<lang>.md`, next to the English
 * `<name>.md` it translates. It carries only what translation changes: every fact (date, summit,
 * leaders, countries, programs, agreements, source, picture) comes from the original, so a
 * translation can never disagree with it on one. `agreementTitles` only names, in the translation's
 * language, agreements the original mentions (the content check holds each id to the original).
 */
import { z } from 'astro/zod';
import { articleSchema } from './article.ts';
import { expected, slugId, text } from './common.ts';

export const translationSchema = z
  .strictObject({
    title: text.describe('Headline, in the language of the translation.'),
    description: text.describe('The dek, translated.'),
    translator: text.optional().describe('Who translated the article, such as `Space Diplomacy Archive`.'),
    translationNote: text
      .optional()
      .describe('A note to readers on the translation, in its language, such as which language it is translated from.'),
    agreementTitles: z
      .record(slugId, text, {
        error: (issue) =>
          issue.code === 'invalid_key'
            ? 'is not an agreement id — copy the id from the agreements of the original: lower-case letters, digits and hyphens, such as "us-japan-joint-statement-2022"'
            : expected('agreement titles by id, such as { us-japan-joint-statement-2022: 日米共同声明 }')(issue),
      })
      .optional()
      .describe(
        'The titles of agreements the original mentions, in the language of the translation, by agreement id: `us-japan-joint-statement-2022: 東京での首脳会談後の日米共同声明`. Each key is the `id` of one of the original’s `agreements`; an agreement may be left out.',
      ),
    draft: z
      .boolean({ error: expected('true or false') })
      .default(false)
      .describe('`true` keeps the translation out of production builds while it is being written.'),
  })
  .refine((translation) => translation.translator !== undefined || translation.translationNote !== undefined, {
    error: 'is required when there is no translationNote: say who translated the text, or add a note on it',
    path: ['translator'],
  });

/** The original's fields a translation takes as they are: writing one in a translation is refused. */
export const translationFacts: readonly string[] = Object.keys(articleSchema.shape).filter(
  (field) => !['title', 'description', 'draft'].includes(field),
);

export type TranslationData = z.infer<typeof translationSchema>;
