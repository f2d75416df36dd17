// All or nothing, even when a load fails (issue #22, item 14): an import interrupted by Ctrl-C in its load
// phase leaves the database as before; a first load whose Neo4j is killed half-way is rolled back by the
// next command once Neo4j is back; the analysis never runs on a half import.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localConnection } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../server/db/local-neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { listImports } from '../../server/imports/import-history.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import { generateSeed } from '../../seed/generate.ts';
import { openTestDatabase } from './helpers.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const validFolder = path.resolve(import.meta.dirname, '../fixtures/import-valid');
const scratch = mkdtempSync(path.join(tmpdir(), 'ringside-atomic-'));
const seedDir = path.join(scratch, 'small-seed');

beforeAll(async () => {
  await generateSeed({ scale: 'small', seed: 7, outDir: seedDir });
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function snapshot(database: Database): Promise<string> {
  const result = await database.readTx((tx) =>
    tx.run(`
      CALL () { MATCH (n) WHERE NOT n:ImportRun AND NOT n:Lease AND NOT n:ImportRecord RETURN collect([labels(n), properties(n)]) AS nodes }
      CALL () { MATCH (a)-[r]->(b) RETURN collect([properties(a), type(r), properties(r), properties(b)]) AS rels }
      RETURN nodes, rels`),
  );
  const { nodes, rels } = result.records[0]!.toObject() as { nodes: unknown[]; rels: unknown[] };
  const sorted = (items: unknown[]) => items.map((item) => JSON.stringify(item)).sort();
  return JSON.stringify({ nodes: sorted(nodes), rels: sorted(rels) });
}

/** The keys of the investigation records, by label. */
async function keysByLabel(database: Database) {
  const result = await database.readTx((tx) =>
    tx.run(`
      MATCH (n) WHERE n:SIM OR n:Handset OR n:Dealer OR n:Identity OR n:Victim OR n:Complaint
      WITH labels(n)[0] AS label, coalesce(n.msisdn, n.imei, n.posId, n.kycId, n.victimId, n.ackNo) AS key
      ORDER BY label, key
      RETURN label, collect(key) AS keys ORDER BY label`),
  );
  return Object.fromEntries(result.records.map((record) => [record.get('label'), record.get('keys')]));
}

async function fixtureKeys() {
  const reference = openTestDatabase();
  try {
    await reference.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    expect((await importFolder(reference, validFolder)).ok).toBe(true);
    return await keysByLabel(reference);
  } finally {
    await reference.close();
  }
}

/** Runs `npm run import` as a child; resolves when its output matches `pattern`. */
function startImport(uri: string, dir: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', dir], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: uri, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`no ${pattern} in: ${output}`)), timeoutMs);
      const check = () => {
        if (pattern.test(output)) {
          clearTimeout(deadline);
          resolve();
        } else setTimeout(check, 50);
      };
      check();
    });
  return { child, exited, waitFor, output: () => output };
}

describe('an interrupted import', () => {
  it('leaves the database as before when Ctrl-C comes in the load phase (one transaction)', async () => {
    const database = openTestDatabase();
    try {
      await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
      expect((await importFolder(database, validFolder)).ok).toBe(true);
      const before = await snapshot(database);
      const run = startImport(inject('neo4jUri'), seedDir);
      await run.waitFor(/load (sims|usage|identities|dealers)\.csv/);
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(130);
      expect(run.output()).toContain('nothing of it was kept');
      expect(await snapshot(database)).toBe(before);
      // What is kept is the history's account of it.
      const [record] = await listImports(database, 1);
      expect(record).toMatchObject({ source: 'cli', result: 'failed', folder: seedDir });
      const [scored] = (
        await database.readTx((tx) =>
          tx.run('MATCH (h:Handset) WHERE h.riskScore IS NOT NULL RETURN count(h) AS n'),
        )
      ).records.map((record) => record.get('n') as number);
      expect(scored).toBe(0); // no analysis on a half import
    } finally {
      await database.close();
    }
  });

  it('is rolled back by the next command when Neo4j was killed during a journaled first load', async () => {
    const dataDir = mkdtempSync(path.join(scratch, 'neo4j-'));
    const port = await findFreePort();
    const start = () =>
      startLocalNeo4j({ dataDir, port, heap: '512m', pageCache: '128m', onOutput: () => {} });
    let neo4j: LocalNeo4j = await start();
    const database = openDatabase(localConnection(neo4j.uri));
    try {
      await applySchema(database);
      // Force the journaled path with a small transaction size (a national first load takes it by size).
      const run = startImport(neo4j.uri, seedDir, { RINGSIDE_IMPORT_TRANSACTION_ROWS: '1000' });
      await run.waitFor(/load sims\.csv: [\d,]+ rows/);
      const java = spawnSync('pgrep', ['-f', `Neo4jLocal --data ${dataDir}`], { encoding: 'utf8' });
      for (const pid of java.stdout.split('\n').filter(Boolean)) process.kill(Number(pid), 'SIGKILL');
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(/import failed: .*rolled back by the next import or server start/);

      neo4j = await start();
      // The half-load is in the store; the next import (of nothing but the valid fixture) undoes it first.
      const next = startImport(neo4j.uri, validFolder, { RINGSIDE_IMPORT_TRANSACTION_ROWS: '1000000' });
      expect(await next.exited).toBe(0);
      expect(next.output()).toContain('was rolled back: the database is as before it');

      // Exactly the fixture's records are there: nothing of the seed's half-load is left.
      const fresh = openDatabase(localConnection(neo4j.uri));
      try {
        expect(await keysByLabel(fresh)).toEqual(await fixtureKeys());
      } finally {
        await fresh.close();
      }
    } finally {
      await database.close().catch(() => {});
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
