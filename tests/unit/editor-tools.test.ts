/** Tools for editors: JSON Schemas in step with zod, the article scaffold. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArticleSource } from '../../src/pipeline/content-check.ts';
import { checkTranslationSource } from '../../src/pipeline/translation-check.ts';
import { editorSchemas, serialiseSchema } from '../../src/output/json-schemas.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'sda-editor-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('editor JSON Schemas', () => {
  it('are committed exactly as the zod schemas generate them (run `npm run schemas` after a schema change)', () => {
    for (const [name, schema] of Object.entries(editorSchemas())) {
      const committed = readFileSync(path.join(root, '.vscode/schemas', name), 'utf8');
      expect(committed, name).toBe(serialiseSchema(schema));
    }
  });

  it('are wired to the data files for VS Code', () => {
    const settings = JSON.parse(readFileSync(path.join(root, '.vscode/settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string>;
    };
    expect(Object.values(settings['yaml.schemas']).sort()).toEqual([
      'content/countries.yaml',
      'content/leaders.yaml',
      'content/programs.yaml',
      'content/summits.yaml',
    ]);
    for (const schemaFile of Object.keys(settings['yaml.schemas'])) {
      expect(() => readFileSync(path.join(root, schemaFile))).not.toThrow();
    }
  });

  it('describe fields and forbid unknown ones, so the editor can complete and flag typos', () => {
    const article = editorSchemas()['article.schema.json'] as {
      properties: Record<string, { description?: string }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(article.required).toEqual(expect.arrayContaining(['title', 'description', 'date', 'source']));
    expect(article.additionalProperties).toBe(false);
    expect(article.properties.description?.description).toMatch(/dek/);
  });
});

describe('npm run new', () => {
  const contentDir = path.join(work, 'content');
  cpSync(path.join(root, 'tests/fixtures/content-base'), contentDir, { recursive: true });
  const run = (title: string) =>
    spawnSync(process.execPath, ['src/cli/new-article.ts', title], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });

  it('creates a dated draft with every required field and the valid ids in comments', () => {
    const result = run('Gateway Talks: Next Steps');
    expect(result.status, result.stderr).toBe(0);
    const year = new Date().getUTCFullYear();
    const file = path.join(contentDir, 'articles', String(year), 'gateway-talks-next-steps.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Gateway Talks: Next Steps"');
    expect(text).toContain('# leaders: fumio-kishida, joe-biden');
    expect(text).toContain('# countries: japan, united-states');
    expect(text).toContain('draft: true');

    const asDraft = checkArticleSource(text, 'new.md', 'new');
    expect(asDraft.problems).toEqual([]);
    expect(asDraft.record?.draft).toBe(true);
    const published = checkArticleSource(text.replace('draft: true\n', ''), 'new.md', 'new');
    expect(published.problems.map((p) => p.field)).toEqual(['line 4', 'line 24', 'line 25', 'line 28']);
  });

  it('refuses to overwrite an existing article', () => {
    const year = new Date().getUTCFullYear();
    const file = path.join(contentDir, 'articles', String(year), 'kept-as-is.md');
    expect(run('Kept as is').status).toBe(0);
    writeFileSync(file, 'edited by hand\n');
    const again = run('Kept as is');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists: nothing was changed');
    expect(readFileSync(file, 'utf8')).toBe('edited by hand\n');
  });

  const translate = (...args: string[]) =>
    spawnSync(process.execPath, ['src/cli/new-article.ts', '--translate', ...args], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });

  it('starts a draft translation beside the article, which the check accepts as a draft and not published', () => {
    const result = translate('2022/tokyo-summit', '--lang', 'ko');
    expect(result.status, result.stderr).toBe(0);
    const file = path.join(contentDir, 'articles', '2022', 'tokyo-summit.ko.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('draft: true');
    expect(text).not.toMatch(/^(date|countries|leaders|source):/m);
    const original = 'content/articles/2022/tokyo-summit.md';
    expect(checkTranslationSource(text, 'x.ko.md', original)).toEqual([]);
    const published = checkTranslationSource(text.replace('draft: true\n', ''), 'x.ko.md', original);
    expect(published.map((p) => p.field)).toEqual(['line 5', 'line 6', 'line 7', 'line 11']);
    expect(translate('2022/tokyo-summit', '--lang', 'ko').status).toBe(1);
  });

  it('refuses a translation into a language the site does not have, or of an article that does not exist', () => {
    const french = translate('2022/tokyo-summit', '--lang', 'fr');
    expect(french.status).toBe(2);
    expect(french.stderr).toContain("--lang must be one of the site's languages: ja, ko.");
    const missing = translate('2022/no-such-article', '--lang', 'ja');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('There is no article "2022/no-such-article"');
  });
});
