import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/domain/suggest.ts';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['japn', 'japan', 1],
    ['joe-bidden', 'joe-biden', 1],
    ['artemsi', 'artemis', 2],
    ['flaw', 'lawn', 2],
  ])('from %j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('is symmetric', () => {
    expect(editDistance('south-korea', 'north-korea')).toBe(editDistance('north-korea', 'south-korea'));
    expect(editDistance('tokyo-2022', 'seoul-2022')).toBe(editDistance('seoul-2022', 'tokyo-2022'));
  });
});

describe('closestMatch', () => {
  const leaders = ['joe-biden', 'fumio-kishida', 'yoon-suk-yeol'];
  const countries = ['united-states', 'japan', 'south-korea'];

  it('suggests the id one typo away', () => {
    expect(closestMatch('joe-bidden', leaders)).toBe('joe-biden');
    expect(closestMatch('japn', countries)).toBe('japan');
    expect(closestMatch('south-corea', countries)).toBe('south-korea');
  });

  it('suggests nothing for a string far from every candidate', () => {
    expect(closestMatch('brazil', countries)).toBeUndefined();
    expect(closestMatch('emmanuel-macron', leaders)).toBeUndefined();
    expect(closestMatch('usa', countries)).toBeUndefined();
  });

  it('suggests nothing without candidates', () => {
    expect(closestMatch('japan', [])).toBeUndefined();
  });

  it('prefers the closest of several near candidates', () => {
    expect(closestMatch('tokyo-2021', ['seoul-2022', 'tokyo-2019', 'tokyo-2022'])).toBe('tokyo-2022');
  });

  it('allows more typos in a longer id', () => {
    // Three edits: too many for a short id, fine for a long one.
    expect(closestMatch('space-situational-awarenes', ['space-situational-awareness'])).toBe(
      'space-situational-awareness',
    );
    expect(closestMatch('spce-situatinal-awarenes', ['space-situational-awareness'])).toBe(
      'space-situational-awareness',
    );
    expect(closestMatch('jpn', ['japan'])).toBe('japan');
    expect(closestMatch('jp', ['japan'])).toBeUndefined();
  });

  it('accepts any iterable, such as a Set', () => {
    expect(closestMatch('artemsi', new Set(['artemis', 'lunar-gateway']))).toBe('artemis');
  });
});
