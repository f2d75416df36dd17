import { describe, expect, it } from 'vitest';
import {
  plantedTruth,
  ringRecall,
  scoreDealerRanking,
  scoreHandsetRanking,
} from '../../server/analysis/evaluate.ts';

const truth = plantedTruth({
  world: 'adaptive',
  rings: [
    { handsets: ['farm-1', 'farm-2'], kinds: ['slow', 'unreported'] },
    { handsets: ['farm-3'], kinds: ['young'] },
  ],
  rogueDealers: ['POS-1', 'POS-2'],
  decoys: { clonedImeis: [{ imei: 'clone-1' }], repairShops: [{ imei: 'shop-1' }], mistakenComplaints: [{}] },
});

describe('ranking evaluation', () => {
  it('counts planted farm handsets and look-alikes among the top K, K being the number of farm handsets', () => {
    const score = scoreHandsetRanking(['farm-1', 'clone-1', 'farm-3', 'farm-2'], truth);
    expect(score).toMatchObject({ k: 3, precision: 2 / 3, recall: 2 / 3, decoysInTopK: 1 });
    expect(score.decoysByKind).toEqual({ clonedImeis: 1 });
  });

  it('reports recall per kind of farm', () => {
    const score = scoreHandsetRanking(['farm-1', 'shop-1', 'farm-3'], truth);
    expect(score.recallByKind).toEqual({ slow: 0.5, unreported: 0.5, young: 1 });
  });

  it('judges a list shorter than K by what it lists, and recall by what it misses', () => {
    expect(scoreHandsetRanking(['farm-1', 'farm-2'], truth)).toMatchObject({ precision: 1, recall: 2 / 3 });
  });

  it('scores dealers by the share of rogue ones among the top K', () => {
    expect(scoreDealerRanking(['POS-2', 'POS-9', 'POS-1'], truth)).toEqual({ k: 2, precision: 0.5 });
  });

  it('counts a farm as found only when all its handsets are in one ring', () => {
    expect(ringRecall([['farm-1', 'farm-2', 'x'], ['farm-3']], truth)).toBe(1);
    expect(ringRecall([['farm-1'], ['farm-2', 'farm-3']], truth)).toBe(0.5);
  });

  it("takes a first-wave seed's farms, which carry no kinds, as fast ones", () => {
    const firstWave = plantedTruth({ rings: [{ handsets: ['a'] }], rogueDealers: [], decoys: {} });
    expect([...firstWave.farmHandsetsByKind.keys()]).toEqual(['fast']);
  });
});
