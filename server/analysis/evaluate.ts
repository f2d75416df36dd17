// How well a ranking finds what the seed planted: precision of the top K against the ground truth, and
// how many innocent look-alikes slipped into it. Pure, for `npm run eval`.

export interface PlantedTruth {
  /** Each planted farm's handsets. */
  farms: string[][];
  farmHandsets: Set<string>;
  rogueDealers: Set<string>;
  /** Cloned IMEIs, test phones, second-hand and family phones: innocent, however suspicious. */
  decoyHandsets: Set<string>;
}

export interface HandsetRankingScore {
  k: number;
  precision: number;
  decoysInTopK: number;
}

export function scoreHandsetRanking(ranked: string[], truth: PlantedTruth): HandsetRankingScore {
  const k = truth.farmHandsets.size;
  const top = ranked.slice(0, k);
  return {
    k,
    precision: top.filter((imei) => truth.farmHandsets.has(imei)).length / k,
    decoysInTopK: top.filter((imei) => truth.decoyHandsets.has(imei)).length,
  };
}

export function scoreDealerRanking(ranked: string[], truth: PlantedTruth): { k: number; precision: number } {
  const k = truth.rogueDealers.size;
  return { k, precision: ranked.slice(0, k).filter((posId) => truth.rogueDealers.has(posId)).length / k };
}

/** The share of planted farms whose handsets all fall in one reported ring. */
export function ringRecall(reportedRings: string[][], truth: PlantedTruth): number {
  const ringOf = new Map<string, number>();
  reportedRings.forEach((handsets, index) => handsets.forEach((imei) => ringOf.set(imei, index)));
  const found = truth.farms.filter((farm) => {
    const ring = ringOf.get(farm[0]!);
    return ring !== undefined && farm.every((imei) => ringOf.get(imei) === ring);
  });
  return found.length / truth.farms.length;
}

/** The planted sets from a seed's ground-truth.json. */
export function plantedTruth(groundTruth: {
  rings: { handsets: string[] }[];
  rogueDealers: string[];
  decoys: Record<string, { imei?: string }[]>;
}): PlantedTruth {
  return {
    farms: groundTruth.rings.map((ring) => ring.handsets),
    farmHandsets: new Set(groundTruth.rings.flatMap((ring) => ring.handsets)),
    rogueDealers: new Set(groundTruth.rogueDealers),
    decoyHandsets: new Set(
      Object.values(groundTruth.decoys)
        .flat()
        .flatMap((decoy) => (decoy.imei ? [decoy.imei] : [])),
    ),
  };
}
