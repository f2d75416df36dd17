// Impact before deciding: what approving a block request (or a selection of handsets not yet requested)
// or a dealer flag would touch, so the telecom department weighs it and the investigator sees it before
// sending. A block's numbers are exactly those approval sends to re-verification (reverification.ts), so
// the figure here is what approval will do. Reads only.
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../http/errors.ts';
import { BORDER_CIRCLE_SIM_LIMIT, BORDER_CIRCLES, SIM_LIMIT } from '../ingest/identifiers.ts';
import type { Caution } from './block-requests.ts';

/**
 * Long tenure: the SIM was activated at least this many days ago, is registered to exactly one identity,
 * and its usage periods (on any handset) span at least this many days from first sighting to last: a
 * subscriber of over a year who likely only once used the handset, not a farm's throwaway number.
 */
export const LONG_TENURE_DAYS = 365;

export interface BlockImpact {
  handsets: number;
  /** Numbers approval sends to re-verification (active or re-verified numbers that used the handsets). */
  numbers: number;
  byOperator: { operator: string; numbers: number }[];
  byCircle: { circle: string; numbers: number }[];
  /** Of `numbers`, those with long tenure (see LONG_TENURE_DAYS). */
  longTenure: number;
  longTenureDays: number;
  /** Handsets outside the selection that those numbers also used. */
  otherHandsets: number;
  identities: number;
  complaints: number;
  amountLostInr: number;
  cautions: Caution[];
}

/** The impact of blocking these handsets (404 naming any IMEI not in the graph). */
export async function impactOfHandsets(database: Database, imeis: string[]): Promise<BlockImpact> {
  return database.readTx(async (tx) => {
    const [record] = (
      await tx.run(cypher('app/workflow/impact-of-handsets'), {
        imeis,
        tenureDays: neo4j.int(LONG_TENURE_DAYS),
      })
    ).records;
    const { found: foundImeis, ...figures } = record!.toObject();
    const found = new Set(foundImeis as string[]);
    const missing = imeis.filter((imei) => !found.has(imei));
    if (missing.length > 0) {
      throw new NotFoundError(`No handset with IMEI ${missing.slice(0, 5).join(', ')} in the graph.`, {
        imeis: missing,
      });
    }
    return { handsets: found.size, longTenureDays: LONG_TENURE_DAYS, ...figures } as BlockImpact;
  });
}

/** The impact of approving a block request: its handsets' impact as the graph stands now. */
export async function blockRequestImpact(
  database: Database,
  id: string,
): Promise<BlockImpact & { id: string; status: string }> {
  const { status, imeis } = await database.readTx(async (tx) => {
    const [request] = (await tx.run(cypher('app/workflow/block-request-status'), { id })).records;
    if (!request) throw new NotFoundError(`No block request ${id}.`, { id });
    const result = await tx.run(cypher('app/workflow/block-request-imeis'), { id });
    return {
      status: request.get('status') as string,
      imeis: result.records.map((record) => record.get('imei') as string),
    };
  });
  return { id, status, ...(await impactOfHandsets(database, imeis)) };
}

export interface DealerFlagImpact {
  id: string;
  status: string;
  posId: string;
  simsSold: number;
  activeSims: number;
  /** SIMs it sold that a complaint names, of all and of the active ones. */
  reportedSims: number;
  reportedActiveSims: number;
  buyers: number;
  /** Buyers holding more numbers than the limit (nine; six in JK, AS, NE). */
  overLimitBuyers: number;
}

export async function dealerFlagImpact(database: Database, id: string): Promise<DealerFlagImpact> {
  return database.readTx(async (tx) => {
    const [record] = (
      await tx.run(cypher('app/workflow/dealer-flag-impact'), {
        id,
        simLimit: neo4j.int(SIM_LIMIT),
        borderSimLimit: neo4j.int(BORDER_CIRCLE_SIM_LIMIT),
        borderCircles: BORDER_CIRCLES,
      })
    ).records;
    if (!record) throw new NotFoundError(`No dealer flag ${id}.`, { id });
    return { id, ...record.toObject() } as DealerFlagImpact;
  });
}
