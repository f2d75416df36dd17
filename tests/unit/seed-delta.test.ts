// `seed --delta`: the next day of the same world, as a feed holds it. Checked against the base's own files:
// same bytes for the same seed, only new keys (or known SIMs repeated with their stored identifying
// values), and every reference resolved by the base or the feed itself.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileName } from '../../server/ingest/contract.ts';
import { readCsv } from '../../server/ingest/read-csv.ts';
import { validateFolder } from '../../server/ingest/validate-folder.ts';
import { generateDelta } from '../../seed/delta.ts';
import { generateSeed } from '../../seed/generate.ts';

type Row = Record<string, string>;
const scratch = mkdtempSync(path.join(tmpdir(), 'ringside-seed-delta-'));
const base = path.join(scratch, 'base');
const delta = path.join(scratch, 'delta');

async function read(dir: string, file: FileName): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const items of readCsv(path.join(dir, file), file))
    for (const item of items) if (item.kind === 'record') rows.push(item.record);
  return rows;
}
const keysOf = async (dir: string, file: FileName, column: string) =>
  new Set((await read(dir, file)).map((row) => row[column]!));

beforeAll(async () => {
  await generateSeed({ scale: 'small', seed: 7, outDir: base });
  await generateDelta({ scale: 'small', seed: 7, days: 2, outDir: delta });
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('seed --delta', () => {
  it('writes the same bytes again for the same seed', async () => {
    const again = path.join(scratch, 'again');
    await generateDelta({ scale: 'small', seed: 7, days: 2, outDir: again });
    for (const file of readdirSync(delta))
      expect(readFileSync(path.join(again, file)), file).toEqual(readFileSync(path.join(delta, file)));
  });

  it('holds about 1% of the base a day, dated after the base, and passes validation', async () => {
    const validation = await validateFolder(delta);
    expect(validation.errors).toEqual([]);
    const baseRows = (await validateFolder(base)).rowCounts;
    const sum = (counts: Partial<Record<FileName, number>>) =>
      Object.values(counts).reduce((total, count) => total + (count ?? 0), 0);
    const share = sum(validation.rowCounts) / sum(baseRows) / 2;
    expect(share).toBeGreaterThan(0.005);
    expect(share).toBeLessThan(0.02);
    for (const row of await read(delta, 'usage.csv')) expect(row.first_seen! > '2026-06-30').toBe(true);
  });

  it('repeats no base key, except known SIMs with every identifying value as stored', async () => {
    for (const [file, column] of [
      ['identities.csv', 'kyc_id'],
      ['handsets.csv', 'imei'],
      ['complaints.csv', 'ack_no'],
      ['dealers.csv', 'pos_id'],
    ] as const) {
      const known = await keysOf(base, file, column);
      for (const key of await keysOf(delta, file, column))
        expect(known.has(key), `${file} ${key}`).toBe(false);
    }
    const baseSims = new Map((await read(base, 'sims.csv')).map((row) => [row.msisdn!, row]));
    const repeated = (await read(delta, 'sims.csv')).filter((row) => baseSims.has(row.msisdn!));
    expect(repeated.length).toBeGreaterThan(0);
    for (const row of repeated)
      expect({ ...row, status: '' }).toEqual({ ...baseSims.get(row.msisdn!), status: '' });
  });

  it('refers only to dealers, identities and numbers of the base or of the feed', async () => {
    const { unresolved } = await validateFolder(delta);
    const known = {
      Dealer: await keysOf(base, 'dealers.csv', 'pos_id'),
      Identity: await keysOf(base, 'identities.csv', 'kyc_id'),
      SIM: await keysOf(base, 'sims.csv', 'msisdn'),
    };
    expect(unresolved.length).toBeGreaterThan(0);
    for (const { label, key } of unresolved) expect(known[label].has(key), `${label} ${key}`).toBe(true);
  });
});
