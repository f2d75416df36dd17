// `npm run import` as a user runs it, against the test Neo4j: all or nothing, and idempotent.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { cypher } from '../../server/db/cypher-files.ts';
import { openTestDatabase } from './helpers.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const validFolder = path.join(projectRoot, 'tests/fixtures/import-valid');
const database = openTestDatabase();
const scratch = mkdtempSync(path.join(tmpdir(), 'ringside-import-'));

afterAll(async () => {
  await database.close();
  rmSync(scratch, { recursive: true, force: true });
});

function runImport(dir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', dir], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: '' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function graphCounts() {
  const [counts] = await database.readOnce(cypher('app/graph-counts'), 10_000);
  return counts;
}

/** A copy of the valid folder with one file replaced. */
function folderWith(file: string, content: string): string {
  const dir = mkdtempSync(path.join(scratch, 'case-'));
  cpSync(validFolder, dir, { recursive: true });
  writeFileSync(path.join(dir, file), content);
  return dir;
}

describe('npm run import', () => {
  beforeEach(async () => {
    await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  });

  it('imports a valid folder with the expected nodes and relationships, and again changes nothing', async () => {
    const first = runImport(validFolder);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('database now has 11 nodes and 13 relationships');
    expect(await graphCounts()).toEqual({ nodes: 11, relationships: 13 });

    const second = runImport(validFolder);
    expect(second.status, second.stderr).toBe(0);
    expect(await graphCounts()).toEqual({ nodes: 11, relationships: 13 });

    const sim = await database.readTx((tx) =>
      tx.run(
        "MATCH (s:SIM {msisdn: '9876543210'})-[:ISSUED_BY]->(d:Dealer) RETURN s.status AS status, d.posId AS dealer",
      ),
    );
    expect(sim.records[0]?.toObject()).toEqual({ status: 'active', dealer: 'POS-DL-0001' });
  });

  it('rejects a folder whose sims.csv names an unknown dealer, naming file, line and column, and writes nothing', async () => {
    const dir = folderWith(
      'sims.csv',
      'msisdn,operator,circle,activated_on,pos_id,kyc_id,status\n9876543210,JIO,DL,2023-01-10,POS-XX-9999,kyc-00000001,\n',
    );
    const result = runImport(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nothing was written');
    expect(result.stderr).toContain(
      'sims.csv:2 pos_id "POS-XX-9999": no Dealer with this key in the folder or the database',
    );
    expect(await graphCounts()).toEqual({ nodes: 0, relationships: 0 });
  });

  it('accepts a reference to a dealer that is already in the database', async () => {
    expect(runImport(validFolder).status).toBe(0);
    const dir = mkdtempSync(path.join(scratch, 'later-'));
    writeFileSync(
      path.join(dir, 'sims.csv'),
      'msisdn,operator,circle,activated_on,pos_id,kyc_id,status\n6000000003,JIO,DL,2024-01-10,POS-DL-0001,kyc-00000001,\n',
    );
    const result = runImport(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(await graphCounts()).toEqual({ nodes: 12, relationships: 15 });
  });

  it('rejects a bad IMEI in usage.csv with its line and leaves the database as it was', async () => {
    const dir = folderWith(
      'usage.csv',
      'msisdn,imei,first_seen,last_seen\n9876543210,490154203237518,2023-01-10,2023-03-01\n7000000001,490154203237519,2023-02-11,2023-02-20\n',
    );
    const result = runImport(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/usage\.csv:3 imei "490154203237519": check digit is 9/);
    expect(await graphCounts()).toEqual({ nodes: 0, relationships: 0 });
  });
});
