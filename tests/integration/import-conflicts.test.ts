// No silent overwrite (issue #14): a folder that changes what the database holds about a known dealer,
// identity, number or complaint is refused with each conflict listed (file, line, key, stored and new
// value) and nothing changed; with --accept-changes the changes apply, each in the audit trail. New usage
// periods and SIM statuses are ordinary updates.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../server/ingest/import-folder.ts';
import { generateSeed } from '../../seed/generate.ts';
import { openTestDatabase } from './helpers.ts';

const database = openTestDatabase();
const scratch = mkdtempSync(path.join(tmpdir(), 'ringside-conflicts-'));
const validFolder = path.resolve(import.meta.dirname, '../fixtures/import-valid');
const rows = async (statement: string, params: Record<string, unknown> = {}) =>
  database.readTx(async (tx) => (await tx.run(statement, params)).records.map((r) => r.toObject()));

async function snapshot(): Promise<string> {
  const [row] = await rows(`
    CALL () { MATCH (n) WHERE NOT n:Lease AND NOT n:ImportRun RETURN collect([labels(n), properties(n)]) AS nodes }
    CALL () { MATCH (a)-[r]->(b) RETURN collect([properties(a), type(r), properties(r), properties(b)]) AS rels }
    RETURN nodes, rels`);
  const sorted = (items: unknown[]) => items.map((item) => JSON.stringify(item)).sort();
  return JSON.stringify({ nodes: sorted(row!.nodes as unknown[]), rels: sorted(row!.rels as unknown[]) });
}

const seven = path.join(scratch, 'seed-7');
const eight = path.join(scratch, 'seed-8');

beforeAll(async () => {
  await generateSeed({ scale: 'small', seed: 7, outDir: seven });
  await generateSeed({ scale: 'small', seed: 8, outDir: eight });
}, 60_000);

afterAll(async () => {
  await database.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('another seed imported over the demo data', () => {
  it('is refused with every conflict listed and nothing changed, then applied and audited when accepted', async () => {
    await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    expect((await importFolder(database, seven)).ok).toBe(true);
    const before = await snapshot();

    const refused = await importFolder(database, eight, { maxErrors: 100_000 });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    const dealerConflict = refused.errors.find((e) => e.file === 'dealers.csv' && e.column === 'name')!;
    expect(dealerConflict.reason).toMatch(/^conflict: \S+ is stored with name ".+"; this row says ".+"/);
    expect(refused.errors.some((e) => e.file === 'complaints.csv' || e.file === 'sims.csv')).toBe(true);
    expect(await snapshot()).toBe(before);

    const accepted = await importFolder(database, eight, {
      acceptChanges: true,
      actor: { username: 'cli:tester', role: 'cli' },
    });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    expect(accepted.changesAccepted).toBeGreaterThan(0);
    const posId = /^conflict: (\S+)/.exec(dealerConflict.reason)![1]!;
    const [dealer] = await rows('MATCH (d:Dealer {posId: $posId}) RETURN d.name AS name', { posId });
    expect(dealer!.name).toBe(dealerConflict.value);
    const [audit] = await rows(
      "MATCH (e:AuditEvent {action: 'import.change', target: $target}) RETURN e.actor AS actor, e.details AS details",
      { target: `Dealer:${posId}` },
    );
    expect(audit!.actor).toBe('cli:tester');
    expect(JSON.parse(audit!.details as string).changes).toContainEqual(
      expect.objectContaining({ column: 'name', new: dealerConflict.value }),
    );
    // However many changes: a number has one dealer and one identity, a complaint one victim.
    const [counts] = await rows(`
      CALL () { MATCH (s:SIM) WHERE COUNT { (s)-[:ISSUED_BY]->() } <> 1 OR COUNT { (s)-[:REGISTERED_TO]->() } <> 1
                RETURN count(s) AS badSims }
      CALL () { MATCH (c:Complaint) WHERE COUNT { ()-[:FILED]->(c) } <> 1 RETURN count(c) AS badComplaints }
      RETURN badSims, badComplaints`);
    expect(counts).toEqual({ badSims: 0, badComplaints: 0 });
  }, 120_000);
});

describe('ordinary updates', () => {
  it('takes new usage periods and SIM statuses without calling them conflicts', async () => {
    await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    expect((await importFolder(database, validFolder)).ok).toBe(true);
    const delta = mkdtempSync(path.join(scratch, 'delta-'));
    writeFileSync(
      path.join(delta, 'sims.csv'),
      'msisdn,operator,circle,activated_on,pos_id,kyc_id,status\n7000000001,AIRTEL,MH,2023-02-11,POS-MH-0002,kyc-00000002,disconnected\n',
    );
    writeFileSync(
      path.join(delta, 'usage.csv'),
      'msisdn,imei,first_seen,last_seen\n9876543210,490154203237518,2024-02-01,2024-03-01\n',
    );
    const result = await importFolder(database, delta);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const [sim] = await rows("MATCH (s:SIM {msisdn: '7000000001'}) RETURN s.status AS status");
    expect(sim!.status).toBe('disconnected');
    const [periods] = await rows(
      "MATCH (:SIM {msisdn: '9876543210'})-[u:USED_IN]->(:Handset {imei: '490154203237518'}) RETURN count(u) AS n",
    );
    expect(periods!.n).toBe(3);
  });
});
