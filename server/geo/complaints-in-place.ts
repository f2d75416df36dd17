// The complaints behind one place of the map (a state, or a district of it), in the reader's
// jurisdiction, optionally only a ring's: the list a map region opens, each complaint a way to the
// canvas. The place is canonical (as the map names it); the portals' spellings merged under it are found
// as the counts find them (complaints-by-place.ts), then their complaints are read, newest first.
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { nodeId } from '../graph/node-ref.ts';
import { placeCounts, requireRing, ringPlaceCounts, type WrittenPlaceCount } from './complaints-by-place.ts';
import { canonicalPlace, spellingKey } from './district-names.ts';

/** Complaints listed at most: a region's list is read, not exported (the canvas and Queries are). */
export const COMPLAINTS_LISTED = 200;

export interface PlaceComplaint {
  ackNo: string;
  /** The complaint's node on the canvas. */
  id: string;
  reportedOn: string;
  source: string;
  category: string;
  channel: string;
  amountInr: number;
  victimId: string;
  /** The place as the portal wrote it. */
  state: string;
  district: string;
}

export interface PlaceComplaintList {
  state: string;
  district: string | null;
  /** Every complaint of the place (in scope), of which the newest `complaints` are listed. */
  total: number;
  complaints: PlaceComplaint[];
  truncated: boolean;
}

export interface PlaceQuery {
  state: string;
  district?: string;
  circles: readonly string[] | null;
  ring?: string;
  limit?: number;
}

export async function complaintsInPlace(
  database: Database,
  { state, district, circles, ring, limit = COMPLAINTS_LISTED }: PlaceQuery,
): Promise<PlaceComplaintList> {
  return database.readTx(
    async (tx) => {
      if (ring) await requireRing(tx, ring);
      const counts = await (ring ? ringPlaceCounts(tx, ring, circles) : placeCounts(tx, circles));
      const written = counts.filter((row) => isIn(row, state, district));
      const total = written.reduce((sum, row) => sum + row.complaints, 0);
      const listed =
        written.length === 0
          ? []
          : (
              await tx.run(cypher('app/geo/complaints-in-places'), {
                places: written.map((row) => [row.state, row.district]),
                circles,
                ring: ring ?? null,
                limit: neo4j.int(limit),
              })
            ).records.map((record) => record.toObject() as Omit<PlaceComplaint, 'id'>);
      return {
        state,
        district: district ?? null,
        total,
        complaints: listed.map((complaint) => ({
          ...complaint,
          id: nodeId({ label: 'Complaint', key: complaint.ackNo }),
        })),
        truncated: listed.length < total,
      };
    },
    { metadata: { app: 'ringside', purpose: 'geo complaints list' } },
  );
}

/** Whether a place as written is the canonical place asked for (by the key mergeByPlace compares). */
function isIn(row: WrittenPlaceCount, state: string, district: string | undefined): boolean {
  const place = canonicalPlace(row.state ?? '', row.district ?? '');
  if (spellingKey(place.state) !== spellingKey(state)) return false;
  return district === undefined || spellingKey(place.district) === spellingKey(district);
}
