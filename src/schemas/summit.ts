/** One entry of `content/summits.yaml`: a meeting of leaders. */
import { z } from 'astro/zod';
import { calendarDate, idList, slugId, text } from './common.ts';

export const summitSchema = z
  .strictObject({
    /** Slug used in URLs and in article frontmatter, such as `tokyo-2022`. */
    id: slugId,
    /** Name of the meeting, such as `U.S.–Japan summit in Tokyo`. */
    name: text,
    /** First (or only) day of the meeting. */
    startDate: calendarDate,
    /** Last day, for meetings over several days. */
    endDate: calendarDate.optional(),
    /** City where it took place. */
    city: text,
    /** Country id of the host. */
    country: slugId,
    /** Leader ids of those who met. */
    leaders: idList,
  })
  .refine((summit) => summit.endDate === undefined || summit.endDate >= summit.startDate, {
    error: 'endDate must not be before startDate',
    path: ['endDate'],
  });

export type Summit = z.infer<typeof summitSchema>;
