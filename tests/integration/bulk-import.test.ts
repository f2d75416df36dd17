// The bulk first load (issue #14): `npm run import` on an empty local database takes Neo4j's offline
// importer by itself, and builds exactly the graph the transactional path builds from the same folder:
// every node and relationship, every property with its type, and so the same scores and rings.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localConnection } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { findFreePort, startLocalNeo4j } from '../../server/db/local-neo4j.ts';
import { loadSmallSeed, openTestDatabase, runScript, type LoadedSeed } from './helpers.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'ringside-bulk-'));
const database = openTestDatabase();
let seed: LoadedSeed;

beforeAll(async () => {
  seed = await loadSmallSeed(database); // the transactional path, analysed as `npm run import` leaves it
}, 120_000);

afterAll(async () => {
  await database.close();
  seed?.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/** `npm run import` as a user runs it, on a local database of its own under `dataDir`. */
async function runImport(dataDir: string, ...args: string[]) {
  return runScript('import', args, await importEnvironment(dataDir));
}

async function importEnvironment(dataDir: string): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    RINGSIDE_DATA_DIR: dataDir,
    NEO4J_LOCAL_PORT: String(await findFreePort()),
    NEO4J_LOCAL_HEAP: '512m',
    NEO4J_LOCAL_PAGECACHE: '128m',
  };
  delete env.NEO4J_URI;
  return env;
}

async function withLocalDatabase<T>(dataDir: string, work: (database: Database) => Promise<T>): Promise<T> {
  const neo4j = await startLocalNeo4j({
    dataDir: path.join(dataDir, 'neo4j'),
    port: await findFreePort(),
    heap: '512m',
    pageCache: '128m',
  });
  const local = openDatabase(localConnection(neo4j.uri));
  try {
    return await work(local);
  } finally {
    await local.close();
    await neo4j.stop();
  }
}

const KEY = 'coalesce(n.posId, n.kycId, n.imei, n.msisdn, n.victimId, n.ackNo, n.id)';
const LABELS = "['Dealer', 'Identity', 'Handset', 'SIM', 'Victim', 'Complaint', 'Ring']";
/** When an analysis ran differs from one run to the next; nothing else may. */
const MOMENTS = "['scoredAt', 'computedAt', 'gradedAt']";

/** Every property of every investigation node and relationship, with its Cypher type, as sorted lines. */
async function graphDump(db: Database): Promise<string[]> {
  const nodes = await db.readTx(
    (tx) =>
      tx.run(`
        MATCH (n) WHERE labels(n)[0] IN ${LABELS}
        UNWIND keys(n) AS property
        WITH n, property WHERE NOT property IN ${MOMENTS}
        RETURN labels(n) AS labels, ${KEY} AS key, property, valueType(n[property]) AS type, n[property] AS value`),
    { timeoutMs: 120_000 },
  );
  const relationships = await db.readTx(
    (tx) =>
      tx.run(`
        MATCH (n)-[r]->(m) WHERE labels(n)[0] IN ${LABELS}
        WITH r, ${KEY} AS from, labels(m)[0] + ' ' + coalesce(m.posId, m.kycId, m.imei, m.msisdn, m.victimId, m.ackNo) AS to
        RETURN type(r) AS type, from, to,
               [property IN keys(r) | property + ' ' + valueType(r[property]) + ' ' + toString(r[property])] AS properties`),
    { timeoutMs: 120_000 },
  );
  const show = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (isTemporal(v) ? String(v) : v));
  return [
    ...nodes.records.map((r) =>
      [r.get('labels').join(':'), r.get('key'), r.get('property'), r.get('type'), show(r.get('value'))].join(
        ' ',
      ),
    ),
    ...relationships.records.map((r) =>
      [r.get('type'), r.get('from'), r.get('to'), ...r.get('properties').sort()].join(' '),
    ),
  ].sort();
}

const isTemporal = (value: unknown) =>
  typeof value === 'object' && value !== null && 'year' in value && 'month' in value;

/** Lines of one dump missing from the other, a few of each, for a readable failure. */
function differences(expected: string[], actual: string[]) {
  const inActual = new Set(actual);
  const inExpected = new Set(expected);
  return {
    missing: expected.filter((line) => !inActual.has(line)).slice(0, 5),
    extra: actual.filter((line) => !inExpected.has(line)).slice(0, 5),
  };
}

describe('npm run import on an empty local database', () => {
  const dataDir = path.join(scratch, 'bulk');

  it('takes the bulk path and builds the same graph, scores and rings as the transactional path', async () => {
    const run = await runImport(dataDir, seed.dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("the local database is empty: first load with Neo4j's bulk importer");
    expect(run.stdout).toMatch(/imported .* \(bulk: neo4j-admin database import\)/);
    expect(existsSync(path.join(dataDir, 'bulk-import')), 'the work folder is removed').toBe(false);

    const expected = await graphDump(database);
    const actual = await withLocalDatabase(dataDir, graphDump);
    expect(expected.length).toBeGreaterThan(200_000);
    expect(actual.some((line) => /^Handset \S+ riskScore FLOAT NOT NULL/.test(line))).toBe(true);
    expect(actual.some((line) => /^Complaint \S+ amountInr FLOAT NOT NULL/.test(line))).toBe(true);
    expect(actual.some((line) => /^USED_IN .* firstSeen DATE NOT NULL \d{4}-\d\d-\d\d/.test(line))).toBe(
      true,
    );
    expect(differences(expected, actual)).toEqual({ missing: [], extra: [] });
    expect(actual.length).toBe(expected.length);
  }, 240_000);

  it("then loads the next day's feed in transactions and rescores only what it touches", async () => {
    const feed = path.join(scratch, 'feed');
    const seeded = await runScript(
      'seed',
      ['--scale', 'small', '--seed', '7', '--out', feed, '--delta'],
      process.env,
    );
    expect(seeded.status, seeded.stderr).toBe(0);
    const run = await runImport(dataDir, feed);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('the local database has data: loading the folder in transactions (a delta)');
    expect(run.stdout).toMatch(/imported .* \(one transaction\)/);
    expect(run.stdout).toMatch(/incremental risk scores: \d+ handsets and \d+ dealers rescored/);
  }, 120_000);

  it('refuses --mode bulk once the database has data, and changes nothing', async () => {
    const run = await runImport(dataDir, seed.dir, '--mode', 'bulk');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /the local database is not empty \(it holds .*SIM.*\): a bulk load would replace it/,
    );
  }, 120_000);

  it('rejects a damaged folder with file, line and field, and leaves the database empty', async () => {
    const damaged = path.join(scratch, 'damaged');
    cpSync(seed.dir, damaged, { recursive: true });
    const usage = readFileSync(path.join(damaged, 'usage.csv'), 'utf8').split('\n');
    usage[5] = usage[5]!.replace(/,(\d{15}),/, ',35-NOT-AN-IMEI,');
    writeFileSync(path.join(damaged, 'usage.csv'), usage.join('\n'));
    const emptyDir = path.join(scratch, 'empty');

    const run = await runImport(emptyDir, damaged);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('import rejected: 1 error(s), nothing was written');
    expect(run.stderr).toMatch(/^usage\.csv:6 imei "35-NOT-AN-IMEI": /m);
    expect(existsSync(path.join(emptyDir, 'neo4j/data/databases/neo4j')), 'no store was created').toBe(false);
    expect(existsSync(path.join(emptyDir, 'bulk-import'))).toBe(false);
  }, 120_000);

  it('stops at Ctrl-C while validating, and leaves the database empty', async () => {
    const emptyDir = path.join(scratch, 'interrupted');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', seed.dir], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...(await importEnvironment(emptyDir)) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('validate ')) child.kill('SIGINT');
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

    expect(await exited, output).toBe(130);
    expect(output).toContain('import interrupted: nothing of it was kept');
    expect(output).not.toContain('built the store');
    expect(existsSync(path.join(emptyDir, 'neo4j/data/databases/neo4j'))).toBe(false);
    expect(existsSync(path.join(emptyDir, 'bulk-import'))).toBe(false);
  }, 120_000);

  it('writes the files for neo4j-admin elsewhere with --write-bulk-files, and says how to load them', async () => {
    const out = path.join(scratch, 'files');
    const run = await runImport(path.join(scratch, 'unused'), seed.dir, '--write-bulk-files', out);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      [
        'Complaint',
        'Dealer',
        'FILED',
        'Handset',
        'ISSUED_BY',
        'Identity',
        'REGISTERED_TO',
        'REPORTS',
        'SIM',
        'USED_IN',
        'Victim',
      ].map((name) => `${name}.csv`),
    );
    expect(readFileSync(path.join(out, 'USED_IN.csv'), 'utf8')).toMatch(
      /^:START_ID\(SIM\),:END_ID\(Handset\),firstSeen:date,lastSeen:date\n/,
    );
    expect(run.stdout).toContain(`neo4j-admin database import full neo4j --overwrite-destination=true`);
    expect(run.stdout).toContain(`--nodes=SIM=${path.join(out, 'SIM.csv')}`);
    expect(existsSync(path.join(scratch, 'unused')), 'no database was opened').toBe(false);
  }, 120_000);
});
