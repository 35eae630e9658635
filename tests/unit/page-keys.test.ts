import { describe, expect, it } from 'vitest';
import { pageKeys } from '../../src/output/page-keys.ts';
import { articleRecord } from './_fixtures.ts';

const data = { countries: [{ id: 'japan', name: 'Japan' }] };

describe('pageKeys', () => {
  const first = articleRecord('first', { title: 'First report' });
  const second = articleRecord('second', { title: 'Second report' });

  it('gives the same key for the same parts, build after build', () => {
    const keys = pageKeys(data, [first, second]);
    // The next build reads the same content into new objects.
    const [firstAgain, secondAgain] = [structuredClone(first), structuredClone(second)];
    const again = pageKeys(structuredClone(data), [firstAgain, secondAgain]);
    expect(again.page({ page: [firstAgain, secondAgain] }, 2)).toBe(keys.page({ page: [first, second] }, 2));
  });

  it('changes the key of a page showing an edited article, and only of those', () => {
    const before = pageKeys(data, [first, second]);
    const edited = { ...first, title: 'First report, corrected' };
    const after = pageKeys(data, [edited, second]);
    expect(after.page({ items: [edited] })).not.toBe(before.page({ items: [first] }));
    expect(after.page({ items: [second] })).toBe(before.page({ items: [second] }));
  });

  it('changes every key when a data file changes', () => {
    const before = pageKeys(data, [first]);
    const after = pageKeys({ countries: [{ id: 'japan', name: 'Nippon' }] }, [first]);
    expect(after.page({ items: [first] })).not.toBe(before.page({ items: [first] }));
  });

  it('tells apart pages of the same list: number and order count', () => {
    const keys = pageKeys(data, [first, second]);
    expect(keys.page({ number: 1, items: [first, second] })).not.toBe(keys.page({ number: 2, items: [first, second] }));
    expect(keys.page({ items: [first, second] })).not.toBe(keys.page({ items: [second, first] }));
  });
});
