import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fieldPath, knownKeysAt, schemaProblems, yamlProblems } from '../../src/pipeline/problems.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { leaderSchema } from '../../src/schemas/leader.ts';

describe('fieldPath', () => {
  it.each([
    [[], ''],
    [['title'], 'title'],
    [['source', 'url'], 'source.url'],
    [['offices', 0, 'from'], 'offices[0].from'],
    [['agreements', 2, 'parties', 1], 'agreements[2].parties[1]'],
    [[0, 'name'], '[0].name'],
  ] as [PropertyKey[], string][])('writes %j as %j', (path, expected) => {
    expect(fieldPath(path)).toBe(expected);
  });

  it('writes symbol keys by their description', () => {
    expect(fieldPath([Symbol('x')])).toBe('Symbol(x)');
  });
});

describe('schemaProblems', () => {
  const file = 'content/leaders.yaml';

  it('gives one problem per issue, prefixed with the entry', () => {
    expect(
      schemaProblems(file, 'joe-biden', [
        { path: ['offices', 0, 'from'], message: 'is not a real calendar date' },
        { path: ['name'], message: 'must not be empty' },
      ]),
    ).toEqual([
      { file, field: 'joe-biden.offices[0].from', message: 'is not a real calendar date' },
      { file, field: 'joe-biden.name', message: 'must not be empty' },
    ]);
  });

  it('works without a prefix, and names the file itself for an issue at the root', () => {
    expect(schemaProblems(file, '', [{ path: ['title'], message: 'must be text' }])).toEqual([
      { file, field: 'title', message: 'must be text' },
    ]);
    expect(schemaProblems(file, '', [{ path: [], message: 'expected object' }])).toEqual([
      { file, field: '(file)', message: 'expected object' },
    ]);
    expect(schemaProblems(file, '[3]', [{ path: [], message: 'expected object' }])).toEqual([
      { file, field: '[3]', message: 'expected object' },
    ]);
  });

  it('gives one problem per unknown key, naming it', () => {
    expect(
      schemaProblems(file, 'joe-biden', [
        {
          path: [],
          message: 'Unrecognized keys: "nativename", "contry"',
          code: 'unrecognized_keys',
          keys: ['nativename', 'contry'],
        },
        { path: ['offices', 1], message: 'Unrecognized key: "form"', code: 'unrecognized_keys', keys: ['form'] },
      ]),
    ).toEqual([
      { file, field: 'joe-biden.nativename', message: 'is not a known field — check its spelling, or remove it' },
      { file, field: 'joe-biden.contry', message: 'is not a known field — check its spelling, or remove it' },
      { file, field: 'joe-biden.offices[1].form', message: 'is not a known field — check its spelling, or remove it' },
    ]);
  });

  it('suggests the closest known field when given the schema', () => {
    const result = articleSchema.safeParse({
      title: 'T',
      description: 'D',
      date: '2022-05-23',
      leader: ['joe-biden'],
      source: { publication: 'SpaceNews', autor: 'Park Si-soo' },
      agreements: [
        { id: 'a', title: 'A', kind: 'pledge', status: 'announced', parties: ['japan'], programs: [], notes: 'x' },
      ],
    });
    expect(result.success).toBe(false);
    const problems = schemaProblems('a.md', '', result.error?.issues ?? [], articleSchema);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'a.md', field: 'leader', message: 'is not a known field — did you mean "leaders"?' },
        { file: 'a.md', field: 'source.autor', message: 'is not a known field — did you mean "author"?' },
        { file: 'a.md', field: 'agreements[0].notes', message: 'is not a known field — did you mean "note"?' },
      ]),
    );
  });

  it('reads real zod issues', () => {
    const result = leaderSchema.safeParse({
      id: 'joe-biden',
      name: 'Joe Biden',
      country: 'united-states',
      offices: [{ title: 'President', from: '2021-02-30', until: '2025-01-20' }],
    });
    expect(result.success).toBe(false);
    const problems = schemaProblems(file, 'joe-biden', result.error?.issues ?? []);
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          file,
          field: 'joe-biden.offices[0].until',
          message: 'is not a known field — check its spelling, or remove it',
        },
        { file, field: 'joe-biden.offices[0].from', message: '"2021-02-30" is not a real calendar date' },
      ]),
    );
  });
});

describe('knownKeysAt', () => {
  it('lists the fields of the object at a path, through optional, default and list wrappers', () => {
    expect(knownKeysAt(leaderSchema, [])).toEqual([
      'id',
      'name',
      'names',
      'readings',
      'nativeName',
      'nativeNameLang',
      'country',
      'offices',
    ]);
    expect(knownKeysAt(leaderSchema, ['offices', 0])).toEqual(['title', 'titles', 'from', 'to']);
    expect(knownKeysAt(articleSchema, ['source'])).toEqual(['publication', 'author', 'url']);
    expect(knownKeysAt(articleSchema, ['agreements', 3])).toEqual([
      'id',
      'title',
      'kind',
      'status',
      'parties',
      'programs',
      'date',
      'note',
    ]);
  });

  it('gives nothing for a path that leads to no object', () => {
    expect(knownKeysAt(articleSchema, ['title'])).toEqual([]);
    expect(knownKeysAt(articleSchema, ['nowhere', 'deeper'])).toEqual([]);
  });
});

describe('yamlProblems', () => {
  const errorsOf = (text: string) => parseDocument(text, { uniqueKeys: true }).errors;

  it('names the line of each YAML error, with a one-line message and the fix', () => {
    const problems = yamlProblems('content/programs.yaml', errorsOf('- id: a\n  name: A\n  name: B\n'));
    expect(problems).toEqual([
      { file: 'content/programs.yaml', field: 'line 3', message: 'Map keys must be unique — fix the YAML syntax here' },
    ]);
  });

  it('shifts the line by an offset, for YAML that starts further down a file', () => {
    const problems = yamlProblems('a.md', errorsOf('title: T\ntitle: U\n'), 1);
    expect(problems).toEqual([
      { file: 'a.md', field: 'line 3', message: 'Map keys must be unique — fix the YAML syntax here' },
    ]);
  });

  it('gives nothing for valid YAML', () => {
    expect(yamlProblems('a.yaml', errorsOf('- id: a\n'))).toEqual([]);
  });
});
