import { describe, expect, it } from 'vitest';
import { plantedTruth, scoreDealerRanking, scoreHandsetRanking } from '../../server/analysis/evaluate.ts';

const truth = plantedTruth({
  rings: [{ handsets: ['farm-1', 'farm-2'] }, { handsets: ['farm-3'] }],
  rogueDealers: ['POS-1', 'POS-2'],
  decoys: { clonedImeis: [{ imei: 'clone-1' }], mistakenComplaints: [{}] },
});

describe('ranking evaluation', () => {
  it('counts planted farm handsets and decoys among the top K, K being the number of farm handsets', () => {
    expect(scoreHandsetRanking(['farm-1', 'clone-1', 'farm-3', 'farm-2'], truth)).toEqual({
      k: 3,
      precision: 2 / 3,
      decoysInTopK: 1,
    });
  });

  it('scores dealers by the share of rogue ones among the top K', () => {
    expect(scoreDealerRanking(['POS-2', 'POS-9', 'POS-1'], truth)).toEqual({ k: 2, precision: 0.5 });
  });
});
