import { describe, expect, it } from 'vitest';
import { articleFileNameProblem, translationOf } from '../../src/pipeline/article-id.ts';
import { checkTranslationSource } from '../../src/pipeline/translation-check.ts';
import { translationFacts, translationSchema } from '../../src/schemas/translation.ts';

const original = 'content/articles/2022/tokyo.md';
const check = (frontmatter: string, body = '本文。') =>
  checkTranslationSource(`---\n${frontmatter}\n---\n\n${body}\n`, 'content/articles/2022/tokyo.ja.md', original);

describe('translation files', () => {
  it('are named after their original with the language before .md', () => {
    expect(translationOf('2022/tokyo-summit.ja.md')).toEqual({ original: '2022/tokyo-summit.md', lang: 'ja' });
    expect(translationOf('2022/deep/x/index.ko.md')).toEqual({ original: '2022/deep/x/index.md', lang: 'ko' });
    expect(translationOf('2022/tokyo-summit.md')).toBeUndefined();
    expect(translationOf('2022/tokyo-summit.JA.md')).toBeUndefined();
  });

  it('follow the file-name rule through their original’s name', () => {
    expect(articleFileNameProblem('2022/tokyo-summit.ja.md')).toBeUndefined();
    expect(articleFileNameProblem('2022/Tokyo Summit.ja.md')).toMatch(/^the file name "Tokyo Summit.md"/);
  });
});

describe('checkTranslationSource', () => {
  it('accepts title, description and a translator or a note', () => {
    expect(check('title: "東京"\ndescription: "合意"\ntranslator: "SDA"')).toEqual([]);
    expect(check('title: "東京"\ndescription: "合意"\ntranslationNote: "英語からの翻訳"')).toEqual([]);
  });

  it('refuses every fact of the original, naming it, and still checks the rest', () => {
    const problems = check(
      'title: "東京"\ndescription: "合意"\ntranslator: "SDA"\ndate: "2022-05-23"\nsummit: tokyo-2022\nsource: { publication: X }',
    );
    expect(problems.map((p) => p.field)).toEqual(['date', 'summit', 'source']);
    for (const problem of problems) {
      expect(problem.message).toBe(
        `is a fact of the original, ${original} — remove it: a translation takes every fact from its original`,
      );
    }
    expect(check('description: "合意"\ntranslator: "SDA"\ncountries: [japan]').map((p) => p.field)).toEqual([
      'countries',
      'title',
    ]);
  });

  it('counts every field of an article but title, description and draft as a fact', () => {
    expect([...translationFacts].sort()).toEqual(
      ['agreements', 'countries', 'date', 'image', 'leaders', 'programs', 'source', 'summit', 'updated'].sort(),
    );
    expect(Object.keys(translationSchema.shape).sort()).toEqual(
      ['description', 'draft', 'title', 'translationNote', 'translator'].sort(),
    );
  });

  it('asks for a translator or a note, and refuses a placeholder unless it is a draft', () => {
    expect(check('title: "東京"\ndescription: "合意"')).toEqual([
      {
        file: 'content/articles/2022/tokyo.ja.md',
        field: 'translator',
        message: 'is required when there is no translationNote: say who translated the text, or add a note on it',
      },
    ]);
    expect(
      check('title: "東京"\ndescription: "合意"\ntranslator: "SDA"', 'TODO: translate').map((p) => p.field),
    ).toEqual(['line 7']);
    expect(check('title: "東京"\ndescription: "合意"\ntranslator: "SDA"\ndraft: true', 'TODO: translate')).toEqual([]);
  });
});
