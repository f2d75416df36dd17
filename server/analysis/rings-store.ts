// Stored rings as the API serves them (computed by recompute-analysis.ts).
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../http/errors.ts';

export interface RingSummary {
  id: string;
  handsetCount: number;
  numberCount: number;
  /** The circles of its numbers (absent on rings stored before they were kept). */
  circles?: string[];
  identityCount: number;
  complaintCount: number;
  amountLost: number;
  /** The day of its newest complaint (YYYY-MM-DD); absent without any (or stored before it was kept). */
  lastComplaintOn?: string;
  /** Suspect dealers who sold its numbers, most numbers first. */
  dealers: string[];
  computedAt: string;
}

export async function listRings(
  database: Database,
  limit: number,
  circles: readonly string[] | null = null,
): Promise<RingSummary[]> {
  return database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/analysis/rings'), { limit: neo4j.int(limit), circles });
    return result.records.map((record) => record.get('ring') as RingSummary);
  });
}

export async function getRing(database: Database, id: string) {
  return database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/analysis/ring'), { id });
    const record = result.records[0];
    if (!record) throw new NotFoundError(`No ring ${id}.`, { ring: id });
    return {
      ...(record.get('ring') as RingSummary),
      handsets: record.get('handsets') as Record<string, unknown>[],
    };
  });
}
