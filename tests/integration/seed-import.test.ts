// `npm run seed` as a user runs it, and its output through the importer into the test Neo4j.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../server/ingest/import-folder.ts';
import { openTestDatabase } from './helpers.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'ringside-seed-cli-'));
const database = openTestDatabase();

function runSeed(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
}

const dataRows = (dir: string, file: string) =>
  readFileSync(path.join(dir, file), 'utf8').trimEnd().split('\n').length - 1;

async function countByLabel(): Promise<Record<string, number>> {
  const result = await database.readTx((tx) =>
    tx.run('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label'),
  );
  return Object.fromEntries(result.records.map((record) => [record.get('label'), record.get('count')]));
}

afterAll(async () => {
  await database.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run seed', () => {
  const first = path.join(scratch, 'a');
  const second = path.join(scratch, 'b');

  it('writes the same files twice for --scale small --seed 7, with progress and a summary', () => {
    const run = runSeed('--scale', 'small', '--seed', '7', '--out', first);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/farms: 200 of 200/);
    expect(run.stdout).toMatch(/sims\.csv: [\d,]+ rows/);
    expect(runSeed('--scale', 'small', '--seed', '7', '--out', second).status).toBe(0);
    const files = readdirSync(first).sort();
    expect(files).toEqual([...readdirSync(second)].sort());
    expect(files).toContain('ground-truth.json');
    for (const file of files)
      expect(readFileSync(path.join(second, file)), file).toEqual(readFileSync(path.join(first, file)));
  }, 60_000);

  it('refuses an unknown scale with the usage line', () => {
    const run = runSeed('--scale', 'galactic', '--out', path.join(scratch, 'x'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown scale "galactic"');
    expect(run.stderr).toContain('usage: npm run seed -- --scale <small|medium|national>');
  });

  it('passes the importer: one node per row of each file, and a second import changes nothing', async () => {
    await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    const imported = await importFolder(database, first);
    expect(imported.ok).toBe(true);
    const expected = {
      Dealer: dataRows(first, 'dealers.csv'),
      Identity: dataRows(first, 'identities.csv'),
      Handset: dataRows(first, 'handsets.csv'),
      SIM: dataRows(first, 'sims.csv'),
      Complaint: dataRows(first, 'complaints.csv'),
    };
    expect(await countByLabel()).toMatchObject(expected);

    const again = await importFolder(database, first);
    expect(again).toMatchObject({
      ok: true,
      nodes: imported.ok && imported.nodes,
      relationships: imported.ok && imported.relationships,
    });
  }, 180_000);
});
