import { describe, expect, it } from 'vitest';
import { nameIn } from '../../src/domain/names.ts';
import { parseDataFile } from '../../src/pipeline/yaml-data-loader.ts';
import { countrySchema } from '../../src/schemas/country.ts';

const korea = { name: 'South Korea', names: { ja: '韓国', ko: '한국' } };
const raymond = { name: 'John W. Raymond', names: { ja: 'ジョン・W・レイモンド' } };

describe('nameIn', () => {
  it('gives the local form in its language', () => {
    expect(nameIn(korea, 'ja', 'en')).toEqual({ text: '韓国', lang: 'ja' });
    expect(nameIn(korea, 'ko', 'en')).toEqual({ text: '한국', lang: 'ko' });
  });

  it('falls back to the English name, marked as English, where there is no local form', () => {
    expect(nameIn(raymond, 'ko', 'en')).toEqual({ text: 'John W. Raymond', lang: 'en' });
    expect(nameIn({ name: 'Artemis' }, 'ja', 'en')).toEqual({ text: 'Artemis', lang: 'en' });
  });

  it('gives the English name on English pages', () => {
    expect(nameIn(korea, 'en', 'en')).toEqual({ text: 'South Korea', lang: 'en' });
  });
});

describe('names in the data files', () => {
  const parse = (names: string) =>
    parseDataFile(
      `- id: japan\n  name: Japan\n${names}  officialName: Japan\n  iso2: JP\n`,
      'content/countries.yaml',
      countrySchema,
    );

  it('accepts local forms in the languages of the site, each optional', () => {
    expect(parse('  names:\n    ja: 日本\n    ko: 일본\n')).toMatchObject({
      problems: [],
      entries: [{ names: { ja: '日本', ko: '일본' } }],
    });
    expect(parse('  names:\n    ko: 일본\n').problems).toEqual([]);
    expect(parse('').entries[0]).not.toHaveProperty('names');
  });

  it('refuses a language the site does not have and an empty name, naming entry and field', () => {
    const { problems } = parse('  names:\n    fr: Japon\n    ja: ""\n');
    expect(problems.map((p) => `${p.field}: ${p.message}`).sort()).toEqual([
      'japan.names.fr: is not a known field — did you mean "ja"?',
      'japan.names.ja: must not be empty',
    ]);
  });
});
