/** One entry of `content/programs.yaml`: a space program or field of cooperation. */
import { z } from 'astro/zod';
import { idList, slugId, text } from './common.ts';

export const programSchema = z.strictObject({
  /** Slug used in URLs and in article frontmatter, such as `lunar-gateway`. */
  id: slugId,
  /** Name as readers know it, such as `Lunar Gateway`. */
  name: text,
  /** One or two sentences on what the program is. */
  description: text,
  /** Agencies leading it, such as `NASA`; empty where the sources do not say. */
  leadAgencies: z.array(text).default([]),
  /** Country ids taking part, as far as the archive reports it. */
  partners: idList,
});

export type Program = z.infer<typeof programSchema>;
