// The complaints' edition: what the figures counted from complaints (by week, by place, the newest) depend
// on, replaced by every write that changes them. Complaints, their victims, the numbers they report and
// those numbers' circles are written by the import only (cypher/app/ingest/), which marks the change in its
// own transaction (a journaled first load at its start and at its end or roll-back).
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { editionCache, type EditionCache } from './edition-cache.ts';

export async function markComplaintsChanged(tx: ManagedTransaction): Promise<void> {
  await tx.run(cypher('app/editions/complaints-changed'));
}

/**
 * A changed edition is kept to only after this long: an import's commit is applied to the store within it
 * (complaints-edition.cypher says why), so figures counted meanwhile are counted again, not kept.
 */
export const SETTLE_SECONDS = 60;

/** The edition to keep figures for, or null: none yet, or changed too lately to keep what is counted. */
export async function readComplaintsEdition(tx: ManagedTransaction): Promise<string | null> {
  const [record] = (
    await tx.run(cypher('app/editions/complaints-edition'), { settleSeconds: SETTLE_SECONDS })
  ).records;
  return record?.get('settled') === true ? (record.get('version') as string) : null;
}

/** At start: a database the bulk importer wrote has no edition yet, so nothing would be kept for it. */
export async function ensureComplaintsEdition(database: Database): Promise<void> {
  await database.writeTx((tx) => tx.run(cypher('app/editions/ensure-complaints-edition')), {
    metadata: { app: 'ringside', purpose: 'complaints edition' },
  });
}

/** A cache of figures counted from the complaints, kept per complaints' edition. */
export const complaintsCache = <T>(maxEntries: number): EditionCache<T> =>
  editionCache<T>(readComplaintsEdition, maxEntries);
