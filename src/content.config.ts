/** Collections: articles from Markdown files, and the four data files the articles refer to. */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { translationLanguages } from './i18n/languages.ts';
import { translationLoader } from './pipeline/translation-loader.ts';
import { translationSchema } from './schemas/translation.ts';
import { siteConfig } from './config.ts';
import { articleLoader } from './pipeline/article-loader.ts';
import { yamlDataLoader } from './pipeline/yaml-data-loader.ts';
import {
  articleImageSchema,
  articleSchema,
  countrySchema,
  leaderSchema,
  programSchema,
  summitSchema,
} from './schemas/index.ts';

const dataFile = (name: string) => path.join(siteConfig.contentDir, `${name}.yaml`);

export const collections = {
  articles: defineCollection({
    // Frontmatter only: bodies are rendered and cached apart (src/pipeline/article-body.ts).
    loader: articleLoader(path.join(siteConfig.contentDir, 'articles'), siteConfig.contentDir),
    // Astro's image() checks the file exists and lets astro:assets optimise it.
    schema: ({ image }) => articleSchema.extend({ image: articleImageSchema(image()).optional() }),
  }),
  // Translations beside their originals: checked by the content check, listed by language edition.
  translations: defineCollection({
    loader: translationLoader(path.join(siteConfig.contentDir, 'articles')),
    schema: z.object({
      lang: z.enum(translationLanguages),
      translations: z.array(
        z.object({ original: z.string(), file: z.string(), digest: z.string(), translation: translationSchema }),
      ),
    }),
  }),
  countries: defineCollection({ loader: yamlDataLoader(dataFile('countries'), countrySchema), schema: countrySchema }),
  leaders: defineCollection({ loader: yamlDataLoader(dataFile('leaders'), leaderSchema), schema: leaderSchema }),
  programs: defineCollection({ loader: yamlDataLoader(dataFile('programs'), programSchema), schema: programSchema }),
  summits: defineCollection({ loader: yamlDataLoader(dataFile('summits'), summitSchema), schema: summitSchema }),
};
