import { describe, expect, it } from 'vitest';
import { formatList, formatNumber } from '../../src/domain/format.ts';

describe('formatNumber', () => {
  it.each([
    [0, 'en-GB', '0'],
    [1234567, 'en-GB', '1,234,567'],
    [1234567, 'ja', '1,234,567'],
    [1234567, 'ko', '1,234,567'],
    [999, 'ja', '999'],
  ])('%d in %s is %s', (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });

  it('gives the same text on every call (the formatter is reused)', () => {
    expect(formatNumber(1234, 'ja')).toBe(formatNumber(1234, 'ja'));
  });
});

describe('formatList', () => {
  it.each([
    [[], 'ja', ''],
    [['日本'], 'ja', '日本'],
    [['日本', '米国'], 'ja', '日本、米国'],
    [['日本', '米国', '韓国'], 'ja', '日本、米国、韓国'],
    [['일본', '미국'], 'ko', '일본 및 미국'],
    [['한국', '미국', '일본'], 'ko', '한국, 미국 및 일본'],
    [['Japan', 'United States', 'India'], 'en-GB', 'Japan, United States and India'],
  ])('%j in %s is %s', (items, locale, expected) => {
    expect(formatList(items, locale)).toBe(expected);
  });
});
