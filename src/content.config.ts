/** Collections: articles from Markdown files, and the four data files the articles refer to. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteConfig } from './config.ts';
import { articleIdFromPath } from './lib/article-id.ts';
import { yamlDataLoader } from './lib/yaml-data-loader.ts';
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
    // Pages use the rendered HTML, never the raw Markdown: not keeping it halves the content store.
    loader: glob({
      pattern: '**/*.md',
      base: pathToFileURL(path.join(siteConfig.contentDir, 'articles/')),
      retainBody: false,
      generateId: ({ entry }) => articleIdFromPath(entry),
    }),
    // Astro's image() checks the file exists and lets astro:assets optimise it.
    schema: ({ image }) => articleSchema.extend({ image: articleImageSchema(image()).optional() }),
  }),
  countries: defineCollection({ loader: yamlDataLoader(dataFile('countries'), countrySchema), schema: countrySchema }),
  leaders: defineCollection({ loader: yamlDataLoader(dataFile('leaders'), leaderSchema), schema: leaderSchema }),
  programs: defineCollection({ loader: yamlDataLoader(dataFile('programs'), programSchema), schema: programSchema }),
  summits: defineCollection({ loader: yamlDataLoader(dataFile('summits'), summitSchema), schema: summitSchema }),
};
