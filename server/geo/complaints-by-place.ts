// Victims' complaints and money lost by state or district, in the reader's jurisdiction, optionally only
// those against one ring's numbers (the ring's footprint). Neo4j counts per place as the portals wrote
// it; the places are then merged under their canonical names (district-names.ts), so the totals stay
// those of the graph: each complaint and victim is in exactly one place as written.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { complaintsCache } from '../editions/complaints-edition.ts';
import { NotFoundError } from '../http/errors.ts';
import { canonicalPlace, spellingKey } from './district-names.ts';

export type PlaceLevel = 'state' | 'district';

export interface PlaceComplaints {
  state: string;
  /** Only when counted by district. */
  district?: string;
  complaints: number;
  victims: number;
  amountInr: number;
}

/** A count for one place as written: a row of complaints-by-place.cypher. */
export interface WrittenPlaceCount {
  state: string;
  district: string;
  complaints: number;
  victims: number;
  amountInr: number;
}

/**
 * Merges counts of places as written into counts per canonical place (or per state), most complaints
 * first. A place the table does not know is merged with the spellings that differ from it only in case,
 * spaces or punctuation, and shown in the first of them in alphabetical order.
 */
export function mergeByPlace(rows: readonly WrittenPlaceCount[], by: PlaceLevel): PlaceComplaints[] {
  const merged = new Map<string, PlaceComplaints>();
  for (const row of rows) {
    const place = canonicalPlace(row.state ?? '', row.district ?? '');
    const key =
      by === 'state'
        ? spellingKey(place.state)
        : `${spellingKey(place.state)}|${spellingKey(place.district)}`;
    const total = merged.get(key);
    if (!total) {
      merged.set(key, {
        state: place.state,
        ...(by === 'district' ? { district: place.district } : {}),
        complaints: row.complaints,
        victims: row.victims,
        amountInr: row.amountInr,
      });
      continue;
    }
    total.complaints += row.complaints;
    total.victims += row.victims;
    total.amountInr += row.amountInr;
    if (place.state < total.state) total.state = place.state;
    if (by === 'district' && place.district < total.district!) total.district = place.district;
  }
  return [...merged.values()].sort(
    (a, b) =>
      b.complaints - a.complaints ||
      a.state.localeCompare(b.state) ||
      (a.district ?? '').localeCompare(b.district ?? ''),
  );
}

export interface ComplaintsFilter {
  by: PlaceLevel;
  /** The reader's circles; null for national. */
  circles: readonly string[] | null;
  /** Only complaints against this ring's numbers. */
  ring?: string;
}

export async function complaintsByPlace(
  database: Database,
  { by, circles, ring }: ComplaintsFilter,
): Promise<PlaceComplaints[]> {
  const rows = await database.readTx(
    async (tx) => {
      if (ring) await requireRing(tx, ring);
      return ring ? ringPlaceCounts(tx, ring, circles) : placeCounts(tx, circles);
    },
    { metadata: { app: 'ringside', purpose: 'geo complaints' } },
  );
  return mergeByPlace(rows, by);
}

/** Every complaint of the country or a jurisdiction: counted once an import, not once a map opened. */
const placeCountsKept = complaintsCache<WrittenPlaceCount[]>(64);

/** The complaints in the reader's jurisdiction per place as written. */
export const placeCounts = (tx: ManagedTransaction, circles: readonly string[] | null) =>
  placeCountsKept.read(tx, JSON.stringify(circles && [...circles].sort()), async (tx) =>
    (await tx.run(cypher('app/geo/complaints-by-place'), { circles })).records.map(
      (record) => record.toObject() as WrittenPlaceCount,
    ),
  );

/** As placeCounts, for the complaints against one ring's numbers (read each time: rings change). */
export const ringPlaceCounts = async (
  tx: ManagedTransaction,
  ring: string,
  circles: readonly string[] | null,
) =>
  (await tx.run(cypher('app/geo/ring-complaints-by-place'), { circles, ring })).records.map(
    (record) => record.toObject() as WrittenPlaceCount,
  );

export async function requireRing(tx: ManagedTransaction, ring: string): Promise<void> {
  const result = await tx.run(cypher('app/geo/ring-exists'), { ring });
  if (result.records.length === 0) throw new NotFoundError(`No ring ${ring}.`, { ring });
}
