/** One entry of `content/leaders.yaml`: a person the archive reports on. */
import { z } from 'astro/zod';
import { calendarDate, expected, slugId, text } from './common.ts';

export const officeSchema = z.strictObject({
  /** Title as it was held, such as `President of the United States`. */
  title: text,
  /** First day in office, where known. */
  from: calendarDate.optional(),
  /** Last day in office; absent while the office is still held or where unknown. */
  to: calendarDate.optional(),
});

export const leaderSchema = z.strictObject({
  /** Slug used in URLs and in article frontmatter, such as `yoon-suk-yeol`. */
  id: slugId,
  /** Name in the Latin script, as the archive writes it, such as `Yoon Suk-yeol`. */
  name: text,
  /** Name in the person's own script where it differs, such as `윤석열`. */
  nativeName: text.optional(),
  /** BCP 47 language of `nativeName`, such as `ko` or `ja`, so browsers and screen readers say it right. */
  nativeNameLang: z
    .string({ error: expected('a language code such as "ja" or "ko"') })
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'must be a language code such as "ja" or "ko"' })
    .optional(),
  /** Country id the person serves. */
  country: slugId,
  /** Offices held, any order; the one held on a given date is picked for each event. */
  offices: z.array(officeSchema, { error: expected('a list of offices') }).min(1, { error: 'must list at least one office' }),
}).refine((leader) => (leader.nativeName === undefined) === (leader.nativeNameLang === undefined), {
  error: 'nativeName and nativeNameLang go together: give both, or neither',
  path: ['nativeNameLang'],
});

export type Office = z.infer<typeof officeSchema>;
export type Leader = z.infer<typeof leaderSchema>;
