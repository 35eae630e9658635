/** One entry of `content/leaders.yaml`: a person the archive reports on. */
import { z } from 'astro/zod';
import { calendarDate, expected, localNames, slugId, text } from './common.ts';

export const officeSchema = z.strictObject({
  title: text.describe('Title as it was held, such as `President of the United States`.'),
  titles: localNames.describe('The title in the other languages of the site, such as `{ ja: アメリカ合衆国大統領 }`.'),
  from: calendarDate.optional().describe('First day in office, where known.'),
  to: calendarDate.optional().describe('Last day in office; absent while the office is still held or where unknown.'),
});

export const leaderSchema = z
  .strictObject({
    id: slugId.describe('Slug used in URLs and in article frontmatter, such as `yoon-suk-yeol`.'),
    name: text.describe('Name in the Latin script, as the archive writes it, such as `Yoon Suk-yeol`.'),
    names: localNames,
    readings: localNames.describe(
      'How a local name is read, where readers may not know it, such as `{ ja: ユン・ソンニョル }` for 尹錫悦.',
    ),
    nativeName: text.optional().describe("Name in the person's own script where it differs, such as `윤석열`."),
    nativeNameLang: z
      .string({ error: expected('a language code such as "ja" or "ko"') })
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'must be a language code such as "ja" or "ko"' })
      .optional()
      .describe('BCP 47 language of `nativeName`, such as `ko` or `ja`, so browsers and screen readers say it right.'),
    country: slugId.describe('Country id the person serves.'),
    offices: z
      .array(officeSchema, { error: expected('a list of offices') })
      .min(1, { error: 'must list at least one office' })
      .describe('Offices held, any order; the one held on a given date is picked for each event.'),
  })
  .refine((leader) => (leader.nativeName === undefined) === (leader.nativeNameLang === undefined), {
    error: 'nativeName and nativeNameLang go together: give both, or neither',
    path: ['nativeNameLang'],
  });

export type Office = z.infer<typeof officeSchema>;
export type Leader = z.infer<typeof leaderSchema>;
