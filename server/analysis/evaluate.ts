// How well a ranking finds what the seed planted: precision and recall of the top K against the ground
// truth, per kind of planted farm, and the innocent look-alikes that slipped into it, per kind. Pure, for
// `npm run eval` and the detection benchmark.

export interface PlantedTruth {
  /** Each planted farm's handsets and how it behaves (fast, slow, young, unreported, ...). */
  farms: { handsets: string[]; kinds: string[] }[];
  farmHandsets: Set<string>;
  /** The handsets of the farms of each kind. */
  farmHandsetsByKind: Map<string, Set<string>>;
  rogueDealers: Set<string>;
  /** Innocent handsets however suspicious (cloned IMEIs, test phones, repair shops...), by kind. */
  decoyKindOf: Map<string, string>;
}

export interface HandsetRankingScore {
  /** The number of planted farm handsets: the length of the list judged. */
  k: number;
  /** Farm handsets among the top K listed (a list may be shorter than K). */
  precision: number;
  /** The share of the planted farm handsets found in the top K. */
  recall: number;
  decoysInTopK: number;
  decoysByKind: Record<string, number>;
  recallByKind: Record<string, number>;
}

export function scoreHandsetRanking(ranked: readonly string[], truth: PlantedTruth): HandsetRankingScore {
  const k = truth.farmHandsets.size;
  const top = ranked.slice(0, k);
  const found = new Set(top.filter((imei) => truth.farmHandsets.has(imei)));
  const decoysByKind: Record<string, number> = {};
  for (const imei of top) {
    const kind = truth.decoyKindOf.get(imei);
    if (kind) decoysByKind[kind] = (decoysByKind[kind] ?? 0) + 1;
  }
  const recallByKind: Record<string, number> = {};
  for (const [kind, handsets] of truth.farmHandsetsByKind)
    recallByKind[kind] = [...handsets].filter((imei) => found.has(imei)).length / handsets.size;
  return {
    k,
    precision: top.length > 0 ? found.size / top.length : 0,
    recall: k > 0 ? found.size / k : 0,
    decoysInTopK: Object.values(decoysByKind).reduce((sum, count) => sum + count, 0),
    decoysByKind,
    recallByKind,
  };
}

export function scoreDealerRanking(
  ranked: readonly string[],
  truth: PlantedTruth,
): { k: number; precision: number } {
  const k = truth.rogueDealers.size;
  const top = ranked.slice(0, k);
  return {
    k,
    precision: top.length > 0 ? top.filter((posId) => truth.rogueDealers.has(posId)).length / top.length : 0,
  };
}

/** The share of planted farms whose handsets all fall in one reported ring. */
export function ringRecall(reportedRings: string[][], truth: PlantedTruth): number {
  const ringOf = new Map<string, number>();
  reportedRings.forEach((handsets, index) => handsets.forEach((imei) => ringOf.set(imei, index)));
  const found = truth.farms.filter(({ handsets }) => {
    const ring = ringOf.get(handsets[0]!);
    return ring !== undefined && handsets.every((imei) => ringOf.get(imei) === ring);
  });
  return found.length / truth.farms.length;
}

export interface GroundTruth {
  world?: string;
  rings: { handsets: string[]; kinds?: string[] }[];
  rogueDealers: string[];
  decoys: Record<string, { imei?: string }[] | undefined>;
}

/** The planted sets from a seed's ground-truth.json (a first-wave seed's farms are all of kind fast). */
export function plantedTruth(groundTruth: GroundTruth): PlantedTruth {
  const farms = groundTruth.rings.map((ring) => ({ handsets: ring.handsets, kinds: ring.kinds ?? ['fast'] }));
  const farmHandsetsByKind = new Map<string, Set<string>>();
  for (const farm of farms) {
    for (const kind of farm.kinds) {
      const handsets = farmHandsetsByKind.get(kind) ?? new Set<string>();
      farm.handsets.forEach((imei) => handsets.add(imei));
      farmHandsetsByKind.set(kind, handsets);
    }
  }
  const decoyKindOf = new Map<string, string>();
  for (const [kind, decoys] of Object.entries(groundTruth.decoys))
    for (const decoy of decoys ?? []) if (decoy.imei) decoyKindOf.set(decoy.imei, kind);
  return {
    farms,
    farmHandsets: new Set(farms.flatMap((farm) => farm.handsets)),
    farmHandsetsByKind,
    rogueDealers: new Set(groundTruth.rogueDealers),
    decoyKindOf,
  };
}
