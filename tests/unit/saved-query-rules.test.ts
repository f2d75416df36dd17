import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_ALERT_SCORE, hitsFromRows } from '../../server/alerts/saved-query-rules.ts';

const query = { name: 'example-rule', title: 'Example rule' };
const handset = { id: 'Handset:356938035643809', label: 'Handset', caption: 'Acme A1' };
const number = { id: 'SIM:9876543210', label: 'SIM', caption: '9876543210' };

describe('rules from saved queries: rows as alerts', () => {
  it('takes the subject, evidence, score and sentence columns, nodes or ids alike', () => {
    const hits = hitsFromRows(
      query,
      ['subject', 'evidence', 'score', 'sentence'],
      [
        [handset, [number, 'SIM:7000000001'], 87.4, 'Handset used by reported numbers'],
        ['Dealer:POS-DL-0001', 'Identity:kyc-00000001', 150, null],
      ],
    );
    expect(hits).toEqual([
      {
        subject: { label: 'Handset', key: '356938035643809' },
        evidence: ['SIM:9876543210', 'SIM:7000000001'],
        score: 87,
        sentence: 'Handset used by reported numbers',
      },
      {
        subject: { label: 'Dealer', key: 'POS-DL-0001' },
        evidence: ['Identity:kyc-00000001'],
        score: 100,
        sentence: 'Example rule: Dealer:POS-DL-0001.',
      },
    ]);
  });

  it('makes the subject its own evidence and gives the default score when the query says neither', () => {
    expect(hitsFromRows(query, ['subject', 'other'], [[handset, 1]])).toEqual([
      {
        subject: { label: 'Handset', key: '356938035643809' },
        evidence: ['Handset:356938035643809'],
        score: DEFAULT_QUERY_ALERT_SCORE,
        sentence: 'Example rule: Handset:356938035643809.',
      },
    ]);
  });

  it('skips rows whose subject is not a node of the investigation graph (null for a protected node)', () => {
    expect(
      hitsFromRows(query, ['subject'], [[null], ['Case:CASE-20260101-00000000'], ['farm'], [42]]),
    ).toEqual([]);
  });

  it('refuses a query without a subject column, naming it', () => {
    expect(() => hitsFromRows(query, ['h'], [])).toThrow(
      'the @alert query example-rule returns no "subject" column',
    );
  });
});
