import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../../src/pipeline/yaml-data-loader.ts';
import { countrySchema } from '../../src/schemas/country.ts';
import { leaderSchema } from '../../src/schemas/leader.ts';

const file = 'content/countries.yaml';
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

const twoCountries = yaml(
  '- id: japan',
  '  name: Japan',
  '  officialName: Japan',
  '  iso2: JP',
  '',
  '- id: south-korea',
  '  name: South Korea',
  '  officialName: Republic of Korea',
  '  iso2: KR',
  '  aliases: [ROK, Korea]',
);

describe('parseDataFile: a good file', () => {
  it('returns every entry, with defaults filled in, and no problem', () => {
    const { entries, problems, syntaxError } = parseDataFile(twoCountries, file, countrySchema);
    expect(problems).toEqual([]);
    expect(syntaxError).toBe(false);
    expect(entries).toEqual([
      { id: 'japan', name: 'Japan', officialName: 'Japan', iso2: 'JP', aliases: [] },
      {
        id: 'south-korea',
        name: 'South Korea',
        officialName: 'Republic of Korea',
        iso2: 'KR',
        aliases: ['ROK', 'Korea'],
      },
    ]);
  });

  it('keeps an unquoted date as the text written, never as a rolled-over timestamp', () => {
    const { entries, problems } = parseDataFile(
      yaml(
        '- id: joe-biden',
        '  name: Joe Biden',
        '  country: united-states',
        '  offices:',
        '    - title: President',
        '      from: 2021-01-20',
      ),
      'content/leaders.yaml',
      leaderSchema,
    );
    expect(problems).toEqual([]);
    expect(entries[0]?.offices[0]?.from).toBe('2021-01-20');
  });

  it('refuses an impossible unquoted date instead of rolling it over', () => {
    const { problems } = parseDataFile(
      yaml(
        '- id: joe-biden',
        '  name: Joe Biden',
        '  country: united-states',
        '  offices:',
        '    - title: President',
        '      from: 2021-13-45',
      ),
      'content/leaders.yaml',
      leaderSchema,
    );
    expect(problems).toEqual([
      {
        file: 'content/leaders.yaml',
        field: 'joe-biden.offices[0].from',
        message: expect.stringContaining('is not a real calendar date'),
      },
    ]);
  });
});

describe('parseDataFile: malformed YAML', () => {
  it('names the line of a bad indentation', () => {
    const text = yaml('- id: japan', '  name: Japan', ' officialName: Japan', '  iso2: JP');
    const { entries, problems, syntaxError } = parseDataFile(text, file, countrySchema);
    expect(entries).toEqual([]);
    expect(syntaxError).toBe(true);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.file).toBe(file);
      expect(problem.field).toBe('line 3');
      expect(problem.message).toMatch(/ — fix the YAML syntax here$/);
    }
  });

  it('names the line of a key given twice in one entry', () => {
    const text = yaml(
      '- id: japan',
      '  name: Japan',
      '  officialName: Japan',
      '  iso2: JP',
      '- id: x',
      '  name: X',
      '  name: Y',
    );
    expect(parseDataFile(text, file, countrySchema).problems).toEqual([
      { file, field: 'line 7', message: 'Map keys must be unique — fix the YAML syntax here' },
    ]);
  });

  it('names the line of a tab used for indentation', () => {
    const text = yaml('- id: japan', '  name: Japan', '  officialName: Japan', '  iso2: JP', '- id: x', '\tname: y');
    const { problems } = parseDataFile(text, file, countrySchema);
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems.map((p) => p.field))).toEqual(new Set(['line 6']));
  });

  it("keeps each message on one line, without YAML's code excerpt", () => {
    const { problems } = parseDataFile(yaml('- id: japan', '  aliases: [ROK, Korea', '- id: x'), file, countrySchema);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.message).not.toContain('\n');
      // The line is in the field; the message does not repeat it.
      expect(problem.message).not.toMatch(/at line \d+/);
    }
  });
});

describe('parseDataFile: not a list', () => {
  it.each([
    ['a single mapping', yaml('id: japan', 'name: Japan')],
    ['an empty file', ''],
    ['a scalar', 'japan\n'],
  ])('refuses %s', (_, text) => {
    const { entries, problems, syntaxError } = parseDataFile(text, file, countrySchema);
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      { file, field: '(file)', message: 'must be a list of entries, each starting with "- id:"' },
    ]);
    expect(syntaxError).toBe(false);
  });
});

describe('parseDataFile: entries', () => {
  it('reports an id used twice, under that id', () => {
    const text = twoCountries + yaml('- id: japan', '  name: Nippon', '  officialName: Japan', '  iso2: JP');
    const { problems } = parseDataFile(text, file, countrySchema);
    expect(problems).toEqual([
      { file, field: 'japan', message: 'id "japan" is used twice — give each entry its own id' },
    ]);
  });

  it('reports schema errors of several entries at once, each under its id or position', () => {
    const text = yaml(
      '- id: japan',
      '  name: Japan',
      '  officialName: Japan',
      '  iso2: jp',
      '- id: South Korea',
      '  name: South Korea',
      '  officialName: Republic of Korea',
      '  iso2: KR',
      '- name: Nowhere',
      '  officialName: Nowhere',
      '  iso2: NW',
      '- id: brazil',
      '  name: Brazil',
      '  officialname: Federative Republic of Brazil',
      '  iso2: BR',
    );
    const { entries, problems } = parseDataFile(text, file, countrySchema);
    expect(entries).toEqual([]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { file, field: 'japan.iso2', message: 'must be an upper-case ISO 3166-1 alpha-2 code such as "KR"' },
        {
          file,
          field: '"South Korea".id',
          message: 'must be lower-case letters, digits and hyphens, such as "south-korea"',
        },
        { file, field: '[2].id', message: 'is required' },
        { file, field: 'brazil.officialname', message: 'is not a known field — did you mean "officialName"?' },
        { file, field: 'brazil.officialName', message: 'is required' },
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('lists the known fields when an unknown one is not close to any', () => {
    const text = yaml('- id: japan', '  name: Japan', '  officialName: Japan', '  iso2: JP', '  population: 124000000');
    expect(parseDataFile(text, file, countrySchema).problems).toEqual([
      {
        file,
        field: 'japan.population',
        message:
          'is not a known field — check its spelling, or remove it (known fields: id, name, names, officialName, officialNames, iso2, aliases)',
      },
    ]);
  });

  it('returns the valid entries beside the problems of the others', () => {
    const text = twoCountries + yaml('- id: brazil', '  name: ""', '  officialName: Brazil', '  iso2: BR');
    const { entries, problems } = parseDataFile(text, file, countrySchema);
    expect(entries.map((e) => e.id)).toEqual(['japan', 'south-korea']);
    expect(problems).toEqual([{ file, field: 'brazil.name', message: 'must not be empty' }]);
  });
});
