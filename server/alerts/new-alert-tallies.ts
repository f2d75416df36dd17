// The new alerts, counted as they change: each alert in status `new` is counted in one tally, that of its
// circles and audience (the case ids it is only for), and the badge sums the tallies the reader may see
// (count-new-alerts.cypher) rather than reading tens of thousands of alerts. Raising an alert counts it
// and triaging it takes it out, in the transaction that changes it and under its lock, so the tallies are
// exact for every process on the database. A snoozed alert whose time has come turns new when read, with
// no write: those are counted from the alerts themselves.
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';

/**
 * At start: counts the new alerts that are in no tally (raised before tallies were kept), so that a
 * database from before them reads right. Each is locked before it is counted; afterwards, none is left.
 */
export async function tallyUntalliedAlerts(database: Database): Promise<number> {
  return database.writeTx(
    async (tx) => {
      await tx.run(cypher('app/alerts/lock-untallied-alerts'));
      const [record] = (await tx.run(cypher('app/alerts/tally-untallied-alerts'))).records;
      return (record?.get('alerts') as number | undefined) ?? 0;
    },
    { timeoutMs: 600_000, metadata: { app: 'ringside', purpose: 'new alert tallies' } },
  );
}
