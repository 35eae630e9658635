/**
 * JSON Schemas for editors' tools, generated from the zod schemas so they can never drift: VS Code's
 * YAML extension uses them to complete and check the data files, and any frontmatter-aware editor
 * can use the article schema.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { countrySchema } from '../schemas/country.ts';
import { leaderSchema } from '../schemas/leader.ts';
import { programSchema } from '../schemas/program.ts';
import { summitSchema } from '../schemas/summit.ts';

/** File name → JSON Schema, in the order they are written. */
export function editorSchemas(): Record<string, unknown> {
  const toJson = (schema: z.ZodType, title: string) => ({
    title,
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  });
  return {
    'article.schema.json': toJson(articleSchema, 'Space Diplomacy Archive article frontmatter'),
    'countries.schema.json': toJson(z.array(countrySchema), 'content/countries.yaml'),
    'leaders.schema.json': toJson(z.array(leaderSchema), 'content/leaders.yaml'),
    'programs.schema.json': toJson(z.array(programSchema), 'content/programs.yaml'),
    'summits.schema.json': toJson(z.array(summitSchema), 'content/summits.yaml'),
  };
}

export function serialiseSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
