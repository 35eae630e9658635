/** One entry of `content/programs.yaml`: a space program or field of cooperation. */
import { z } from 'astro/zod';
import { idList, localNames, slugId, text } from './common.ts';

export const programSchema = z.strictObject({
  id: slugId.describe('Slug used in URLs and in article frontmatter, such as `lunar-gateway`.'),
  name: text.describe('Name as readers know it, such as `Lunar Gateway`.'),
  names: localNames,
  description: text.describe('One or two sentences on what the program is.'),
  leadAgencies: z
    .array(text)
    .default([])
    .describe('Agencies leading it, such as `NASA`; empty where the sources do not say.'),
  partners: idList.describe('Country ids taking part, as far as the archive reports it.'),
});

export type Program = z.infer<typeof programSchema>;
