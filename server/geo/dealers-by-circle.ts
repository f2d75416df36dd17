// Suspect dealers by circle (flagged, blacklisted or high-risk), in the reader's jurisdiction, optionally
// only a ring's suppliers: where the shops that sold the fraud's numbers are.
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { requireRing } from './complaints-by-place.ts';

/**
 * A dealer scoring this much is a suspect on the map. Scores are shares of 100 points where the strongest
 * sign alone (repeat buyers of numbers that ended in suspect handsets) gives up to 60: at 40 a shop has
 * either that sign in good measure or several others together, as a handset at 40 is a suspect handset.
 */
export const HIGH_RISK_DEALER_SCORE = 40;

/** Dealers listed a circle, highest score first (the counts are of all of them). */
const DEALERS_SHOWN = 20;

export interface CircleDealers {
  circle: string;
  /** Dealers that are flagged, blacklisted or high-risk (each counted once). */
  suspects: number;
  flagged: number;
  blacklisted: number;
  /** Of the suspects, those scoring HIGH_RISK_DEALER_SCORE or more, whatever their status. */
  highRisk: number;
  dealers: { posId: string; name: string; operator: string; status: string; score: number | null }[];
}

export async function dealersByCircle(
  database: Database,
  { circles, ring }: { circles: readonly string[] | null; ring?: string },
): Promise<CircleDealers[]> {
  return database.readTx(
    async (tx) => {
      if (ring) await requireRing(tx, ring);
      const result = await tx.run(cypher('app/geo/suspect-dealers-by-circle'), {
        circles,
        ring: ring ?? null,
        minScore: HIGH_RISK_DEALER_SCORE,
        shown: neo4j.int(DEALERS_SHOWN),
      });
      return result.records.map((record) => record.toObject() as CircleDealers);
    },
    { metadata: { app: 'ringside', purpose: 'geo dealers' } },
  );
}
