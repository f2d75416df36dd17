// The re-verification list's rows (msisdn, operator, circle, imei, first_seen, last_seen, request_id) from
// its statement's, which come one for each period a number was seen on a blocked handset, a number's
// periods one after another: here each number gets one row a handset, its periods there merged (seen
// first on the earliest day, last on the latest), its handsets in IMEI order. One number is held at a
// time, so memory stays flat however long the list.
import { cypher } from '../db/cypher-files.ts';
import type { Database, TxOptions } from '../db/database.ts';

type Row = [
  msisdn: string,
  operator: string,
  circle: string,
  imei: string,
  firstSeen: string,
  lastSeen: string,
  requestId: string | null,
];

/** A number's rows, its periods on one handset merged, by IMEI. */
function mergedByHandset(periods: Row[]): Row[] {
  if (periods.length === 1) return periods;
  const byImei = new Map<string, Row>();
  for (const period of periods) {
    const merged = byImei.get(period[3]);
    if (!merged) byImei.set(period[3], [...period]);
    else {
      if (period[4] < merged[4]) merged[4] = period[4];
      if (period[5] > merged[5]) merged[5] = period[5];
    }
  }
  return [...byImei.values()].sort((a, b) => (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0));
}

/** Batches of rows, as the statement's batches arrive. */
export async function* reverificationRows(
  database: Database,
  params: Record<string, unknown>,
  options: TxOptions,
): AsyncIterable<unknown[][]> {
  let periods: Row[] = []; // of the number being read
  for await (const records of database.streamReadBatches(
    cypher('app/exports/reverification'),
    params,
    options,
  )) {
    const rows: Row[] = [];
    for (const record of records) {
      const period: Row = [
        record.get(0) as string,
        record.get(1) as string,
        record.get(2) as string,
        record.get(3) as string,
        record.get(4) as string,
        record.get(5) as string,
        record.get(6) as string | null,
      ];
      if (periods.length > 0 && periods[0]![0] !== period[0]) {
        rows.push(...mergedByHandset(periods));
        periods = [];
      }
      periods.push(period);
    }
    yield rows;
  }
  if (periods.length > 0) yield mergedByHandset(periods);
}
