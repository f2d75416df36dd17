import { describe, expect, it } from 'vitest';
import { gradeNumber, type NumberSignals } from '../../server/analysis/number-grade.ts';

const unmarked: NumberSignals = {
  msisdn: '9812345678',
  suspectHandsets: [],
  complaints: 0,
  identitySuspectNumbers: 0,
};
const farmHandset = { imei: '358074092718280', score: 82 };
const weakHandset = { imei: '490154203237518', score: 45 };

describe('gradeNumber', () => {
  it('grades a number of a handset scoring 70 or more very high, naming the handset and its risk', () => {
    expect(gradeNumber({ ...unmarked, suspectHandsets: [farmHandset] })).toEqual({
      grade: 'very_high',
      reasons: ['Used in handset 358074092718280, risk 82 of 100'],
    });
    expect(gradeNumber({ ...unmarked, suspectHandsets: [{ ...farmHandset, score: 70 }] })?.grade).toBe(
      'very_high',
    );
  });

  it('grades a reported number of a weaker suspect handset very high, with the complaints', () => {
    expect(gradeNumber({ ...unmarked, suspectHandsets: [weakHandset], complaints: 2 })).toEqual({
      grade: 'very_high',
      reasons: ['Used in handset 490154203237518, risk 45 of 100', 'Reported by victims in 2 complaints'],
    });
  });

  it('grades an unreported number of a weaker suspect handset high', () => {
    expect(gradeNumber({ ...unmarked, suspectHandsets: [{ ...weakHandset, score: 69 }] })).toEqual({
      grade: 'high',
      reasons: ['Used in handset 490154203237518, risk 69 of 100'],
    });
  });

  it('grades a reported number whose identity has numbers in suspect handsets high', () => {
    expect(gradeNumber({ ...unmarked, complaints: 1, identitySuspectNumbers: 3 })).toEqual({
      grade: 'high',
      reasons: [
        'Reported by a victim in 1 complaint',
        'Its identity holds 3 other numbers used in suspect handsets',
      ],
    });
  });

  it('grades a number never seen in a suspect handset medium when its identity has one there', () => {
    expect(gradeNumber({ ...unmarked, identitySuspectNumbers: 1 })).toEqual({
      grade: 'medium',
      reasons: ['Its identity holds 1 other number used in suspect handsets'],
    });
  });

  it('leaves a number without a grade when nothing links it to a suspect handset, reported or not', () => {
    expect(gradeNumber(unmarked)).toBeNull();
    expect(gradeNumber({ ...unmarked, complaints: 4 })).toBeNull();
  });

  it('names the three riskiest handsets first and counts the rest', () => {
    const handsets = [45, 90, 60, 75, 50].map((score, i) => ({ imei: `35807409271828${i}`, score }));
    const { grade, reasons } = gradeNumber({
      ...unmarked,
      suspectHandsets: handsets,
      identitySuspectNumbers: 2,
    })!;
    expect(grade).toBe('very_high');
    expect(reasons).toEqual([
      'Used in handset 358074092718281, risk 90 of 100',
      'Used in handset 358074092718283, risk 75 of 100',
      'Used in handset 358074092718282, risk 60 of 100',
      'Used in 2 more suspect handsets',
      'Its identity holds 2 other numbers used in suspect handsets',
    ]);
  });
});
