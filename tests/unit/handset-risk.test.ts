import { describe, expect, it } from 'vitest';
import { assessHandset, type HandsetSignals } from '../../server/analysis/handset-risk.ts';

const quiet: HandsetSignals = {
  imei: '490154203237518',
  numbers: 2,
  shortStays: 0,
  activationStays: 0,
  longStays: 2,
  circles: 1,
  staysAreSequential: false,
  reportedNumbers: 0,
  complaints: 0,
  amountLost: 0,
  identities: 2,
  overLimitIdentities: 0,
  sharedFaceIdentities: 0,
  dealers: 2,
  topDealerNumbers: 1,
  sharedNumbers: 0,
};

describe('assessHandset', () => {
  it('scores a farm handset high, with the strongest reason first', () => {
    const farm = assessHandset({
      ...quiet,
      numbers: 71,
      shortStays: 70,
      longStays: 0,
      reportedNumbers: 3,
      complaints: 3,
      amountLost: 45_000,
      identities: 6,
      overLimitIdentities: 4,
      sharedFaceIdentities: 2,
      sharedNumbers: 9,
    });
    expect(farm.score).toBeGreaterThanOrEqual(80);
    expect(farm.caution).toBeUndefined();
    expect(farm.reasons[0]).toBe('70 of its 71 numbers stayed 30 days or less');
    expect(farm.reasons).toContain('3 numbers reported by victims in 3 complaints (₹45,000 lost)');
  });

  it('gives an ordinary phone no score and no reasons', () => {
    expect(assessHandset(quiet)).toEqual({ score: 0, reasons: [] });
  });

  it('recognises a cloned IMEI and keeps its score low even with a mistaken complaint', () => {
    const clone = assessHandset({
      ...quiet,
      numbers: 400,
      longStays: 380,
      shortStays: 5,
      circles: 18,
      identities: 390,
      reportedNumbers: 2,
      complaints: 2,
      sharedNumbers: 200,
    });
    expect(clone.caution?.kind).toBe('cloned_imei');
    expect(clone.reasons[0]).toMatch(
      /^Looks like a cloned IMEI: 380 long-lived numbers of 390 unrelated identities in 18 circles/,
    );
    expect(clone.score).toBeLessThan(20);
  });

  it("recognises a dealer's test phone: every number there on its activation day only, from one dealer", () => {
    const testPhone = assessHandset({
      ...quiet,
      numbers: 300,
      activationStays: 300,
      longStays: 0,
      topDealerNumbers: 300,
    });
    expect(testPhone.caution?.kind).toBe('dealer_test_phone');
    expect(testPhone.score).toBeLessThan(20);
  });

  it('recognises a second-hand handset from owners who follow one another', () => {
    const secondHand = assessHandset({
      ...quiet,
      numbers: 4,
      longStays: 4,
      identities: 4,
      staysAreSequential: true,
    });
    expect(secondHand.caution?.kind).toBe('second_hand');
  });
});
