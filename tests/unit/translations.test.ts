import { describe, expect, it } from 'vitest';
import { articleFileNameProblem, translationOf } from '../../src/pipeline/article-id.ts';
import { agreementIdsOf, checkTranslationSource } from '../../src/pipeline/translation-check.ts';
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
      ['agreementTitles', 'description', 'draft', 'title', 'translationNote', 'translator'].sort(),
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

describe('agreementTitles', () => {
  const file = 'content/articles/2022/tokyo.ja.md';
  const ids = ['us-japan-joint-statement-2022', 'us-japan-artemis-implementation-agreement'];
  const head = 'title: "東京"\ndescription: "合意"\ntranslator: "SDA"\nagreementTitles:\n';
  const checkTitles = (titles: string, agreements: readonly string[] | undefined = ids) =>
    checkTranslationSource(`---\n${head}${titles}\n---\n\n本文。\n`, file, original, agreements);

  it('accepts titles for agreements of the original, some or all, and gives them as written', () => {
    expect(checkTitles('  us-japan-joint-statement-2022: "東京での首脳会談後の日米共同声明"')).toEqual([]);
    expect(
      checkTitles(
        '  us-japan-joint-statement-2022: "東京での首脳会談後の日米共同声明"\n  us-japan-artemis-implementation-agreement: "アルテミス計画に関する日米実施取り決め"',
      ),
    ).toEqual([]);
    const data = translationSchema.parse({
      title: '東京',
      description: '合意',
      translator: 'SDA',
      agreementTitles: { 'us-japan-joint-statement-2022': ' 東京での首脳会談後の日米共同声明 ' },
    });
    expect(data.agreementTitles).toEqual({ 'us-japan-joint-statement-2022': '東京での首脳会談後の日米共同声明' });
    expect(translationSchema.parse({ title: '東京', description: '合意', translator: 'SDA' }).agreementTitles).toBe(
      undefined,
    );
  });

  it('refuses an id the original does not mention, naming the original and its ids', () => {
    expect(checkTitles('  us-japan-statement: "日米共同声明"')).toEqual([
      {
        file,
        field: 'agreementTitles.us-japan-statement',
        message: `is not an agreement of the original, ${original} — use one of its agreement ids: us-japan-joint-statement-2022, us-japan-artemis-implementation-agreement`,
      },
    ]);
    expect(checkTitles('  us-japan-statement: "日米共同声明"', [])).toEqual([
      {
        file,
        field: 'agreementTitles.us-japan-statement',
        message: `is not an agreement of the original, ${original} — it mentions none: remove agreementTitles`,
      },
    ]);
    // Reported with the translation's other problems, not after them are fixed.
    const withOthers = checkTranslationSource(
      `---\ntitle: "東京"\ndate: "2022-05-23"\nagreementTitles:\n  x: "y"\n---\n`,
      file,
      original,
      ids,
    );
    expect(withOthers.map((p) => p.field)).toEqual(['date', 'agreementTitles.x', 'description']);
  });

  it('refuses a key that is not an id, and an empty title, with the schema’s messages', () => {
    expect(checkTitles('  US Japan Statement: "日米共同声明"')).toEqual([
      {
        file,
        field: 'agreementTitles."US Japan Statement"',
        message:
          'is not an agreement id — copy the id from the agreements of the original: lower-case letters, digits and hyphens, such as "us-japan-joint-statement-2022"',
      },
    ]);
    expect(checkTitles('  us-japan-joint-statement-2022: ""')).toEqual([
      { file, field: 'agreementTitles.us-japan-joint-statement-2022', message: 'must not be empty' },
    ]);
    expect(checkTitles('  us-japan-joint-statement-2022:')).toEqual([
      { file, field: 'agreementTitles.us-japan-joint-statement-2022', message: 'must be text' },
    ]);
    expect(
      checkTranslationSource(
        `---\n${head.replace('agreementTitles:\n', 'agreementTitles: [日米共同声明]')}\n---\n`,
        file,
        original,
        ids,
      ),
    ).toEqual([
      {
        file,
        field: 'agreementTitles',
        message: 'must be agreement titles by id, such as { us-japan-joint-statement-2022: 日米共同声明 }',
      },
    ]);
  });

  it('holds ids to the original only when its agreements can be told', () => {
    const anything = `---\n${head}  anything: "何か"\n---\n\n本文。\n`;
    expect(checkTranslationSource(anything, file, original)).toEqual([]);
    const article = (agreements: string) => `---\ntitle: Tokyo\n${agreements}\n---\n\nText.\n`;
    expect(agreementIdsOf(article('agreements:\n  - id: a\n    title: A\n  - id: b'), 'x.md')).toEqual(['a', 'b']);
    expect(agreementIdsOf(article(''), 'x.md')).toEqual([]);
    expect(agreementIdsOf(article('agreements: []'), 'x.md')).toEqual([]);
    expect(agreementIdsOf(article('agreements: oops'), 'x.md')).toBeUndefined();
    expect(agreementIdsOf(article('agreements:\n  - title: A'), 'x.md')).toBeUndefined();
    expect(agreementIdsOf('no frontmatter', 'x.md')).toBeUndefined();
  });
});
