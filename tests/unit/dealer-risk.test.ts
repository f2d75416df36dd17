import { describe, expect, it } from 'vitest';
import { assessDealer, type DealerSignals } from '../../server/analysis/dealer-risk.ts';

const honest: DealerSignals = {
  posId: 'JIO-HR-00001',
  sold: 240,
  suspectNumbers: 0,
  suspectHandsets: 0,
  busiestSuspectHandset: 0,
  busiestSuspectHandsetImei: null,
  repeatBuyerNumbers: 0,
  reportedNumbers: 0,
  overLimitNumbers: 0,
};

describe('assessDealer', () => {
  it('gives a shop whose numbers did nothing suspicious no score', () => {
    expect(assessDealer(honest)).toEqual({ score: 0, reasons: [] });
  });

  it('ranks a rogue dealer who hides (half a farm supply, few numbers) above an honest shop flooded by farms', () => {
    // In a circle where farms buy many numbers, an honest shop's sales end in farm handsets one by one,
    // each to a different buyer; the rogue sells the farm's identities number after number.
    const flooded = assessDealer({
      ...honest,
      suspectNumbers: 178,
      suspectHandsets: 150,
      busiestSuspectHandset: 10,
      busiestSuspectHandsetImei: '352215107749614',
      repeatBuyerNumbers: 36,
      reportedNumbers: 13,
    });
    const hidingRogue = assessDealer({
      ...honest,
      posId: 'JIO-KL-00549',
      sold: 60,
      suspectNumbers: 22,
      suspectHandsets: 7,
      busiestSuspectHandset: 6,
      busiestSuspectHandsetImei: '860901045910310',
      repeatBuyerNumbers: 16,
    });
    expect(hidingRogue.score).toBeGreaterThan(flooded.score);
    expect(hidingRogue.reasons[0]).toBe(
      '16 of its 22 numbers in suspect handsets were sold to identities that bought two or more of them here',
    );
  });

  it('names the busiest suspect handset as evidence', () => {
    const rogue = assessDealer({
      ...honest,
      suspectNumbers: 200,
      suspectHandsets: 12,
      busiestSuspectHandset: 60,
      busiestSuspectHandsetImei: '358074096636447',
      repeatBuyerNumbers: 180,
    });
    expect(rogue.score).toBeGreaterThanOrEqual(80);
    expect(rogue.reasons).toContain(
      '200 numbers in 12 suspect handsets, 16.7 a handset; the most, 60, in 358074096636447',
    );
  });
});
