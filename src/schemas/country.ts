/** One entry of `content/countries.yaml`. */
import { z } from 'astro/zod';
import { expected, localNames, slugId, text } from './common.ts';

export const countrySchema = z.strictObject({
  id: slugId.describe('Slug used in URLs and in article frontmatter, such as `south-korea`.'),
  name: text.describe('Short name readers know, such as `South Korea`.'),
  names: localNames,
  officialName: text.describe('Official name, such as `Republic of Korea`.'),
  officialNames: localNames.describe(
    'The official name in the other languages of the site, such as `{ ja: 大韓民国 }`.',
  ),
  iso2: z
    .string({ error: expected('a two-letter code such as "KR"') })
    .regex(/^[A-Z]{2}$/, { error: 'must be an upper-case ISO 3166-1 alpha-2 code such as "KR"' })
    .describe('ISO 3166-1 alpha-2 code, such as `KR`.'),
  aliases: z.array(text).default([]).describe('Other names and abbreviations in use, such as `ROK`.'),
});

export type Country = z.infer<typeof countrySchema>;
