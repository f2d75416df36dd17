// The inbox (RINGSIDE_INBOX) as operators and portals use it: feeds dropped into a folder are imported by
// the background worker, one at a time in name order, and moved to done/ or rejected/ with a report; the
// import history shows each on the admins' Imports page.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { releaseLease, takeLease } from '../../server/background/leases.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import {
  failedImportRecord,
  listImports,
  recordImport,
  runningImportRecord,
} from '../../server/imports/import-history.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import { openTestDatabase, runBackgroundRound, serveApp } from './helpers.ts';

const validFolder = path.resolve(import.meta.dirname, '../fixtures/import-valid');
const database = openTestDatabase();
const scratch = mkdtempSync(path.join(tmpdir(), 'ringside-inbox-'));
let inbox = '';

afterAll(async () => {
  await database.close();
  rmSync(scratch, { recursive: true, force: true });
});

beforeEach(async () => {
  await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  inbox = mkdtempSync(path.join(scratch, 'inbox-'));
});

/** A feed in the inbox: the valid fixture (or only `files`), with READY written last unless told not to. */
function dropFeed(name: string, files: Record<string, string> | 'fixture', { ready = true } = {}): string {
  const dir = path.join(inbox, name);
  mkdirSync(dir);
  if (files === 'fixture') cpSync(validFolder, dir, { recursive: true });
  else for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  if (ready) writeFileSync(path.join(dir, 'READY'), '');
  return dir;
}

const runRound = (instanceId = 'app-1') => runBackgroundRound(database, instanceId, { inbox });

async function graphCounts() {
  const [counts] = await database.readOnce(cypher('app/graph-counts'), 10_000);
  return counts;
}

const report = (...parts: string[]) => readFileSync(path.join(inbox, ...parts), 'utf8');

const DEALERS = 'pos_id,name,operator,circle,registered_on\nPOS-DL-0009,Gupta Mobiles,JIO,DL,2021-01-05\n';
const IDENTITIES = 'kyc_id,doc_type,name,photo_hash\nkyc-00000009,VOTER_ID,Meena Das,\n';
const SIMS_OF_GUPTA =
  'msisdn,operator,circle,activated_on,pos_id,kyc_id,status\n9123456780,JIO,DL,2024-02-01,POS-DL-0009,kyc-00000009,\n';

describe('the inbox', () => {
  it('imports a ready feed, moves it to done/ with its report and records it in the import history', async () => {
    dropFeed('2026-12-01-jio', 'fixture');
    await runRound();

    expect(existsSync(path.join(inbox, '2026-12-01-jio'))).toBe(false);
    expect(await graphCounts()).toEqual({ nodes: 11, relationships: 13 });
    expect(report('done', '2026-12-01-jio', 'report.txt')).toMatch(/Result: imported/);
    const json = JSON.parse(report('done', '2026-12-01-jio', 'report.json'));
    expect(json.record).toMatchObject({ result: 'imported', rowCounts: { 'sims.csv': 3, 'usage.csv': 4 } });
    expect(json.analysis).toMatch(/risk scores/);

    const [record] = await listImports(database, 10);
    expect(record).toMatchObject({
      source: 'inbox',
      folder: path.join(inbox, '2026-12-01-jio'),
      movedTo: path.join(inbox, 'done', '2026-12-01-jio'),
      result: 'imported',
      mode: 'one transaction',
      errorCount: 0,
      actor: 'inbox',
    });
    expect(record!.seconds).toBeGreaterThanOrEqual(0);
  });

  it('rejects a feed naming an unknown dealer to rejected/, with file and line in its report, and writes nothing', async () => {
    expect((await importFolder(database, validFolder)).ok).toBe(true);
    const before = await graphCounts();
    dropFeed('2026-12-02-airtel', {
      'sims.csv':
        'msisdn,operator,circle,activated_on,pos_id,kyc_id,status\n9123456780,AIRTEL,MH,2024-02-01,POS-XX-9999,kyc-00000002,\n',
    });
    await runRound();

    expect(await graphCounts()).toEqual(before);
    expect(report('rejected', '2026-12-02-airtel', 'report.txt')).toContain(
      'sims.csv:2 pos_id "POS-XX-9999": no Dealer with this key in the folder or the database',
    );
    const json = JSON.parse(report('rejected', '2026-12-02-airtel', 'report.json'));
    expect(json.errors).toEqual([
      expect.objectContaining({ file: 'sims.csv', line: 2, column: 'pos_id', value: 'POS-XX-9999' }),
    ]);
    const [record] = await listImports(database, 10);
    expect(record).toMatchObject({
      result: 'rejected',
      errorCount: 1,
      conflicts: 0,
      rowCounts: { 'sims.csv': 1 },
    });
    expect(record!.firstErrors[0]).toMatchObject({ file: 'sims.csv', line: 2 });
  });

  it('counts the rows that would change stored records as conflicts', async () => {
    expect((await importFolder(database, validFolder)).ok).toBe(true);
    dropFeed('renamed-dealer', {
      'dealers.csv': 'pos_id,name,operator,circle,registered_on\nPOS-DL-0001,Other Name,JIO,DL,2019-04-01\n',
    });
    await runRound();
    expect(report('rejected', 'renamed-dealer', 'report.txt')).toMatch(/1 conflict/);
    expect((await listImports(database, 1))[0]).toMatchObject({ result: 'rejected', conflicts: 1 });
  });

  it('leaves a feed without READY alone: its sender is still writing it', async () => {
    const dir = dropFeed('2026-12-03-vi', 'fixture', { ready: false });
    await runRound();
    expect(readdirSync(dir).sort()).toEqual(readdirSync(validFolder).sort());
    expect(readdirSync(inbox)).toEqual(['2026-12-03-vi']);
    expect(await graphCounts()).toEqual({ nodes: 0, relationships: 0 });
    expect(await listImports(database, 10)).toEqual([]);
  });

  it('leaves a plain file in the inbox alone', async () => {
    writeFileSync(path.join(inbox, 'feed.zip'), 'not a folder');
    await runRound();
    expect(readdirSync(inbox)).toEqual(['feed.zip']);
  });

  it('imports feeds in name order: the second may use what the first brought', async () => {
    // Written first, named second: it refers to the dealer and identity of the feed named before it.
    dropFeed('2026-12-04-b', { 'sims.csv': SIMS_OF_GUPTA });
    dropFeed('2026-12-04-a', { 'dealers.csv': DEALERS, 'identities.csv': IDENTITIES });
    await runRound();

    expect(readdirSync(path.join(inbox, 'done')).sort()).toEqual(['2026-12-04-a', '2026-12-04-b']);
    const records = await listImports(database, 10);
    expect(records.map((record) => [path.basename(record.folder), record.result])).toEqual([
      ['2026-12-04-b', 'imported'],
      ['2026-12-04-a', 'imported'],
    ]);
  });

  it('keeps the report of an earlier feed of the same name', async () => {
    dropFeed('daily', { 'dealers.csv': DEALERS });
    await runRound();
    dropFeed('daily', { 'dealers.csv': 'pos_id,name,operator,circle,registered_on\n' });
    await runRound();
    expect(readdirSync(path.join(inbox, 'done')).sort()).toEqual(['daily', 'daily-2']);
    expect(report('done', 'daily', 'report.txt')).toContain('dealers.csv 1');
    expect(report('done', 'daily-2', 'report.txt')).toContain('dealers.csv 0');
  });

  it('is processed by one app process: the one holding the inbox lease', async () => {
    dropFeed('2026-12-05', { 'dealers.csv': DEALERS });
    const other = await takeLease(database, 'inbox', 'app-2');
    await runRound('app-1');
    expect(readdirSync(inbox)).toEqual(['2026-12-05']);

    await releaseLease(database, other!);
    await runRound('app-1');
    expect(readdirSync(inbox)).toEqual(['done']);
  });

  it('imports each feed once when two app processes look at the inbox at the same time', async () => {
    dropFeed('2026-12-05-a', { 'dealers.csv': DEALERS, 'identities.csv': IDENTITIES });
    dropFeed('2026-12-05-b', { 'sims.csv': SIMS_OF_GUPTA });
    await Promise.all([runRound('app-1'), runRound('app-2')]);
    // The one that did not get the lease finds nothing left, or leaves the rest for its next round.
    await Promise.all([runRound('app-1'), runRound('app-2')]);

    expect(readdirSync(path.join(inbox, 'done')).sort()).toEqual(['2026-12-05-a', '2026-12-05-b']);
    const records = await listImports(database, 10);
    expect(records.map((record) => record.result)).toEqual(['imported', 'imported']);
  });

  it('tries a feed again whose process stopped mid-import, and records the interrupted attempt', async () => {
    const dir = dropFeed('2026-12-06', { 'dealers.csv': DEALERS });
    // What a process killed mid-feed leaves: its `running` entry (Neo4j rolled the import back).
    const startedAt = new Date(Date.now() - 60_000);
    const attempt = {
      id: 'killed-attempt',
      source: 'inbox',
      folder: dir,
      startedAt,
      actor: 'inbox',
    } as const;
    await recordImport(database, runningImportRecord(attempt));
    await runRound();

    expect(readdirSync(path.join(inbox, 'done'))).toEqual(['2026-12-06']);
    const records = await listImports(database, 10);
    expect(records.map((record) => record.result)).toEqual(['imported', 'failed']);
    expect(records[1]!.firstErrors[0]!.reason).toMatch(/interrupted/);
  });

  it('rejects a feed that failed three times, with the reason of each attempt in its report', async () => {
    const dir = dropFeed('2026-12-08', { 'dealers.csv': DEALERS });
    // Attempts count from the READY file's time, which the file system may round up past `new Date()`.
    const readyAt = statSync(path.join(dir, 'READY')).mtimeMs;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const run = {
        id: `failed-${attempt}`,
        source: 'inbox',
        folder: dir,
        startedAt: new Date(readyAt + attempt * 1000),
        actor: 'inbox',
      } as const;
      await recordImport(database, failedImportRecord(run, `Neo4j went away (${attempt})`));
    }
    await runRound();

    expect(await graphCounts()).toEqual({ nodes: 0, relationships: 0 });
    const text = report('rejected', '2026-12-08', 'report.txt');
    expect(text).toContain('failed attempt: Neo4j went away (1)');
    expect(text).toContain('failed attempt: Neo4j went away (3)');
  });
});

describe('GET /api/imports', () => {
  it('shows admins the import history, newest first, and refuses investigators', async () => {
    dropFeed('2026-12-07', 'fixture');
    await runRound();
    const app = await serveApp(database);
    try {
      const admin = await (await app.as('admin')).get('/api/imports');
      expect(admin.status).toBe(200);
      expect(admin.body.imports).toEqual([
        expect.objectContaining({
          folder: path.join(inbox, '2026-12-07'),
          source: 'inbox',
          result: 'imported',
          rowCounts: expect.objectContaining({ 'dealers.csv': 2 }),
        }),
      ]);
      const investigator = await (await app.as('investigator')).get('/api/imports');
      expect(investigator.status).toBe(403);
      expect(investigator.body.error.code).toBe('FORBIDDEN');
    } finally {
      await app.close();
    }
  });
});
