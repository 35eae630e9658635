/** One entry of `content/summits.yaml`: a meeting of leaders. */
import { z } from 'astro/zod';
import { calendarDate, idList, localNames, slugId, text } from './common.ts';

export const summitSchema = z
  .strictObject({
    id: slugId.describe('Slug used in URLs and in article frontmatter, such as `tokyo-2022`.'),
    name: text.describe('Name of the meeting, such as `U.S.–Japan summit in Tokyo`.'),
    names: localNames,
    startDate: calendarDate.describe('First (or only) day of the meeting.'),
    endDate: calendarDate.optional().describe('Last day, for meetings over several days.'),
    city: text.describe('City where it took place.'),
    cityNames: localNames.describe('The city in the other languages of the site, such as `{ ja: 東京, ko: 도쿄 }`.'),
    country: slugId.describe('Country id of the host.'),
    leaders: idList.describe('Leader ids of those who met.'),
  })
  .refine((summit) => summit.endDate === undefined || summit.endDate >= summit.startDate, {
    error: 'endDate must not be before startDate',
    path: ['endDate'],
  });

export type Summit = z.infer<typeof summitSchema>;
