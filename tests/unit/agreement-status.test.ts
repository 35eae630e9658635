import { describe, expect, it } from 'vitest';
import { collectAgreements, statusChanges, type AgreementEvent } from '../../src/domain/agreements.ts';
import type { AgreementStatus } from '../../src/schemas/article.ts';
import { agreementMention } from './_fixtures.ts';

function event(articleId: string, status: AgreementStatus, date: string): AgreementEvent {
  return { articleId, articleTitle: `Article ${articleId}`, articleDate: date, status, date, dated: true };
}

const ids = (events: readonly AgreementEvent[]) => events.map((e) => e.articleId);

describe('statusChanges', () => {
  it('gives nothing for an empty history', () => {
    expect(statusChanges([])).toEqual([]);
  });

  it('keeps the only report of a one-report history', () => {
    const only = event('a', 'announced', '2022-05-23');
    expect(statusChanges([only])).toEqual([only]);
  });

  it('keeps the first report and drops reports that repeat the status', () => {
    const history = [
      event('first', 'announced', '2022-05-21'),
      event('repeat-1', 'announced', '2022-05-22'),
      event('repeat-2', 'announced', '2022-05-23'),
    ];
    expect(ids(statusChanges(history))).toEqual(['first']);
  });

  it('keeps every report where the status differs from the report before it', () => {
    const history = [
      event('announced', 'announced', '2022-01-01'),
      event('still-announced', 'announced', '2022-02-01'),
      event('signed', 'signed', '2022-03-01'),
      event('in-force', 'in-force', '2022-04-01'),
      event('still-in-force', 'in-force', '2022-05-01'),
    ];
    expect(ids(statusChanges(history))).toEqual(['announced', 'signed', 'in-force']);
  });

  it('keeps a return to an earlier status as a change', () => {
    const history = [
      event('launched', 'announced', '2014'),
      event('lapsed', 'dormant', '2016-04'),
      event('revived', 'announced', '2022-05-21'),
    ];
    expect(ids(statusChanges(history))).toEqual(['launched', 'lapsed', 'revived']);
  });

  it('returns the history events themselves, in history order, leaving the history as it was', () => {
    const history = [
      event('a', 'announced', '2022-01-01'),
      event('b', 'announced', '2022-02-01'),
      event('c', 'signed', '2022-03-01'),
    ];
    const changes = statusChanges(history);
    expect(changes[0]).toBe(history[0]);
    expect(changes[1]).toBe(history[2]);
    expect(ids(history)).toEqual(['a', 'b', 'c']);
  });

  it('works on the history collectAgreements builds, oldest first', () => {
    const [agreement] = collectAgreements([
      { id: 'c', title: 'C', date: '2022-06-01', agreements: [agreementMention('x', { status: 'signed' })] },
      { id: 'a', title: 'A', date: '2022-05-01', agreements: [agreementMention('x', { status: 'announced' })] },
      { id: 'b', title: 'B', date: '2022-05-15', agreements: [agreementMention('x', { status: 'announced' })] },
    ]);
    expect(statusChanges(agreement!.history).map((e) => [e.articleId, e.status])).toEqual([
      ['a', 'announced'],
      ['c', 'signed'],
    ]);
  });
});
