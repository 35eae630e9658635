/** One entry of `content/countries.yaml`. */
import { z } from 'astro/zod';
import { expected, slugId, text } from './common.ts';

export const countrySchema = z.strictObject({
  /** Slug used in URLs and in article frontmatter, such as `south-korea`. */
  id: slugId,
  /** Short name readers know, such as `South Korea`. */
  name: text,
  /** Official name, such as `Republic of Korea`. */
  officialName: text,
  /** ISO 3166-1 alpha-2 code, such as `KR`. */
  iso2: z.string({ error: expected('a two-letter code such as "KR"') }).regex(/^[A-Z]{2}$/, {
    error: 'must be an upper-case ISO 3166-1 alpha-2 code such as "KR"',
  }),
  /** Other names and abbreviations in use, such as `ROK`. */
  aliases: z.array(text).default([]),
});

export type Country = z.infer<typeof countrySchema>;
