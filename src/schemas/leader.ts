/** One entry of `content/leaders.yaml`: a person the archive reports on. */
import { z } from 'astro/zod';
import { calendarDate, slugId, text } from './common.ts';

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
  /** Country id the person serves. */
  country: slugId,
  /** Offices held, any order; the one held on a given date is picked for each event. */
  offices: z.array(officeSchema).min(1, { error: 'must list at least one office' }),
});

export type Office = z.infer<typeof officeSchema>;
export type Leader = z.infer<typeof leaderSchema>;
