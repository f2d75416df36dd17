// The importer against careless and hostile suppliers (issue #22): each break a probe found, reproduced
// with the same input, now a clear error naming file and line, with the database exactly as before.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { importFolder } from '../../server/ingest/import-folder.ts';
import { createRandom } from '../../seed/random.ts';
import { openTestDatabase } from './helpers.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const validFolder = path.resolve(import.meta.dirname, '../fixtures/import-valid');
const database = openTestDatabase();
const scratch = mkdtempSync(path.join(tmpdir(), 'ringside-promise-'));

/**
 * Every node and relationship with its properties, by content (not by id), sorted: "unchanged" is equal.
 * Leases, import runs and the complaints' edition are bookkeeping that every accepted import rewrites
 * (this file re-imports the fixture between tests), so they are left out.
 */
async function databaseSnapshot(): Promise<string> {
  const result = await database.readTx((tx) =>
    tx.run(`
      CALL () { MATCH (n) WHERE NOT n:Lease AND NOT n:ImportRun AND NOT n:DataEdition RETURN collect([labels(n), properties(n)]) AS nodes }
      CALL () { MATCH (a)-[r]->(b)
                RETURN collect([properties(a), type(r), properties(r), properties(b)]) AS relationships }
      RETURN nodes, relationships`),
  );
  const { nodes, relationships } = result.records[0]!.toObject() as {
    nodes: unknown[];
    relationships: unknown[];
  };
  const sorted = (items: unknown[]) => items.map((item) => JSON.stringify(item)).sort();
  return JSON.stringify({ nodes: sorted(nodes), relationships: sorted(relationships) });
}

/** The valid fixture with some files replaced (text or bytes). */
function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(scratch, 'case-'));
  cpSync(validFolder, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const fixture = (file: string) => readFileSync(path.join(validFolder, file), 'utf8').trimEnd();

const runImport = (dir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', dir], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
    encoding: 'utf8',
  });

let before: string;

beforeAll(async () => {
  await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  expect((await importFolder(database, validFolder)).ok).toBe(true);
  before = await databaseSnapshot();
});

afterAll(async () => {
  await database.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Imports `dir`, expects it refused with an error matching `expected`, and the database unchanged. */
async function expectRefused(
  dir: string,
  expected: { file: string; line?: number; column?: string; reason: RegExp },
) {
  const result = await importFolder(database, dir);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.errors).toContainEqual(
    expect.objectContaining({
      file: expected.file,
      ...(expected.line === undefined ? {} : { line: expected.line }),
      ...(expected.column === undefined ? {} : { column: expected.column }),
      reason: expect.stringMatching(expected.reason),
    }),
  );
  expect(await databaseSnapshot()).toBe(before);
  return result.errors;
}

describe('accepted although the contract forbids it', () => {
  it('1. refuses bytes that are not UTF-8, naming line and column', async () => {
    const bytes = Buffer.concat([
      Buffer.from(
        'kyc_id,doc_type,name,photo_hash\nkyc-00000001,AADHAAR_EKYC,Asha Verma,ph-aa11\nkyc-00000003,PASSPORT,Bad',
      ),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Name,\n'),
    ]);
    await expectRefused(folderWith({ 'identities.csv': bytes }), {
      file: 'identities.csv',
      line: 3,
      column: 'name',
      reason: /not valid UTF-8/,
    });
  });

  it('2. refuses a column that appears twice in the header', async () => {
    const dealers = fixture('dealers.csv').replace(
      'pos_id,name,operator,circle,registered_on',
      'pos_id,name,operator,circle,registered_on,name',
    );
    const rows = dealers.split('\n').map((line, i) => (i === 0 ? line : `${line},Other Name`));
    await expectRefused(folderWith({ 'dealers.csv': rows.join('\n') }), {
      file: 'dealers.csv',
      line: 1,
      column: 'name',
      reason: /appears twice/,
    });
  });

  it.each(['constructor', 'toString', '__proto__'])('3. refuses an unknown column named %s', async (name) => {
    const handsets = `imei,brand,model,${name}\n490154203237518,Acme,A1,x\n`;
    await expectRefused(folderWith({ 'handsets.csv': handsets }), {
      file: 'handsets.csv',
      line: 1,
      column: name,
      reason: /unknown column/,
    });
  });

  it('4. refuses a 400-digit amount and a complaint naming more than 50 numbers', async () => {
    const header = fixture('complaints.csv').split('\n')[0];
    const huge = `${header}\n31412240012345,NCRP,INVESTMENT,WHATSAPP,2023-04-02,${'9'.repeat(400)},victim-0001,Karnataka,Bengaluru Urban,9876543210\n`;
    await expectRefused(folderWith({ 'complaints.csv': huge }), {
      file: 'complaints.csv',
      line: 2,
      column: 'amount_inr',
      reason: /at most/,
    });
    const many = Array.from({ length: 51 }, () => '9876543210').join(';');
    const crowded = `${header}\n31412240012345,NCRP,INVESTMENT,WHATSAPP,2023-04-02,100,victim-0001,Karnataka,Bengaluru Urban,${many}\n`;
    await expectRefused(folderWith({ 'complaints.csv': crowded }), {
      file: 'complaints.csv',
      column: 'suspect_msisdns',
      reason: /at most 50/,
    });
  });

  it('5. compares the values of a repeated key themselves, not a weak hash', async () => {
    const dealers = `${fixture('dealers.csv')}\nPOS-XX-0009,Shop ve675vwsdo,JIO,DL,2021-01-01\nPOS-XX-0009,Shop 8bbqd7cmzz,JIO,DL,2021-01-01\n`;
    await expectRefused(folderWith({ 'dealers.csv': dealers }), {
      file: 'dealers.csv',
      line: 5,
      column: 'pos_id',
      reason: /duplicate key with different values/,
    });
    const handsets = 'imei,brand,model\n356938035643809,Nokia,\n356938035643809,,Nokia\n';
    await expectRefused(folderWith({ 'handsets.csv': handsets }), {
      file: 'handsets.csv',
      line: 3,
      reason: /duplicate key with different values/,
    });
  });
});

describe('one dealer and one identity a SIM, and decisions a feed cannot undo', () => {
  const reset = async () => {
    await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    expect((await importFolder(database, validFolder)).ok).toBe(true);
  };
  beforeEach(reset);
  afterAll(reset);

  it('6. moves a SIM to the dealer and identity a later row names, never giving it two', async () => {
    const delta = mkdtempSync(path.join(scratch, 'delta-'));
    writeFileSync(
      path.join(delta, 'sims.csv'),
      'msisdn,operator,circle,activated_on,pos_id,kyc_id,status\n7000000001,AIRTEL,MH,2023-02-11,POS-DL-0001,kyc-00000001,active\n',
    );
    // The change is a conflict (issue #14) unless accepted; accepted, it moves the relationships.
    expect((await importFolder(database, delta)).ok).toBe(false);
    expect((await importFolder(database, delta, { acceptChanges: true })).ok).toBe(true);
    const [row] = (
      await database.readTx((tx) =>
        tx.run(`MATCH (s:SIM {msisdn: '7000000001'})
                RETURN [(s)-[:ISSUED_BY]->(d) | d.posId] AS dealers, [(s)-[:REGISTERED_TO]->(i) | i.kycId] AS identities`),
      )
    ).records.map((record) => record.toObject());
    expect(row).toEqual({ dealers: ['POS-DL-0001'], identities: ['kyc-00000001'] });
  });

  it('7. refuses a feed that sets a number in re-verification back to active, as a conflict', async () => {
    await database.writeTx((tx) =>
      tx.run("MATCH (s:SIM {msisdn: '7000000001'}) SET s.status = 'reverification_pending'"),
    );
    const stored = await databaseSnapshot();
    const result = await importFolder(database, validFolder);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        file: 'sims.csv',
        line: 3,
        column: 'status',
        reason: expect.stringMatching(/conflict/),
      }),
    );
    expect(await databaseSnapshot()).toBe(stored);
  });
});

describe('reports that lied or crashed', () => {
  it('8. refuses a folder that does not exist, or a file given as the folder, exiting non-zero', async () => {
    for (const dir of [path.join(scratch, 'no-such-folder'), path.join(validFolder, 'sims.csv')]) {
      const run = runImport(dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/no such folder|not a folder/);
      expect(run.stdout).not.toContain('imported');
    }
    expect(await databaseSnapshot()).toBe(before);
  });

  it('9. names an unknown .csv file with the nearest contract name', async () => {
    await expectRefused(folderWith({ 'sim.csv': fixture('sims.csv') }), {
      file: 'sim.csv',
      reason: /did you mean sims\.csv/,
    });
  });

  it('10. reports a folder named sims.csv as a report line, not a stack trace', async () => {
    const dir = mkdtempSync(path.join(scratch, 'dir-'));
    mkdirSync(path.join(dir, 'sims.csv'));
    const run = runImport(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('sims.csv: not a file');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('11. reports a stray quote in an unquoted field as an error of its line, and the errors after it', async () => {
    const identities = `${fixture('identities.csv')}\nkyc-00000003,PASSPORT,O"Brien,\nkyc-00000004,AADHAR,Later Error,\n`;
    const errors = await expectRefused(folderWith({ 'identities.csv': identities }), {
      file: 'identities.csv',
      line: 4,
      reason: /quote inside an unquoted field/,
    });
    expect(errors).toContainEqual(expect.objectContaining({ line: 5, column: 'doc_type' }));
  });

  it('12. reads a 200,000-row file with a stray quote on line 2 and a bad last row, reporting both', async () => {
    const rows = ['kyc_id,doc_type,name,photo_hash', 'kyc-10000000,PASSPORT,O"Brien,'];
    for (let i = 1; i < 200_000; i++) rows.push(`kyc-${String(10_000_000 + i)},PASSPORT,Person ${i},`);
    rows.push('kyc-99999999,AADHAR,Last Row,');
    const errors = await expectRefused(folderWith({ 'identities.csv': rows.join('\n') + '\n' }), {
      file: 'identities.csv',
      line: 2,
      reason: /quote inside an unquoted field/,
    });
    expect(errors).toContainEqual(expect.objectContaining({ line: rows.length, column: 'doc_type' }));
  });

  it('13. cuts a 5 MB value in the report to a readable length with its size', async () => {
    const identities = `${fixture('identities.csv')}\nkyc-00000003,${'X'.repeat(5_000_000)},Someone,\n`;
    const errors = await expectRefused(folderWith({ 'identities.csv': identities }), {
      file: 'identities.csv',
      line: 4,
      column: 'doc_type',
      reason: /one of/,
    });
    const error = errors.find((e) => e.line === 4)!;
    expect(error.value.length).toBeLessThan(200);
    expect(error.value).toContain('50,00,000 characters'); // Indian grouping, as everywhere in Ringside
  });
});

describe('generated damage through the importer', () => {
  // The unit test (tests/unit/damaged-files.test.ts) runs many more cases and measures time; here a few
  // go all the way, checking the database after each.
  const random = createRandom(2222);
  const cases = Array.from({ length: 6 }, (_, i) => ({
    damage: i % 2 === 0 ? 'stray-quote' : 'bad-bytes',
    i,
  }));
  it.each(cases)(
    'refuses $damage (case $i) naming file and line, the database unchanged',
    async ({ damage }) => {
      const lines = fixture('sims.csv').split('\n');
      const index = random.int(1, lines.length - 1);
      const line = lines[index]!;
      const at = random.int(1, line.indexOf(',', line.indexOf(',') + 1));
      const bytes =
        damage === 'stray-quote'
          ? Buffer.from(
              [
                ...lines.slice(0, index),
                `${line.slice(0, at)}"${line.slice(at)}`,
                ...lines.slice(index + 1),
              ].join('\n'),
            )
          : Buffer.concat([
              Buffer.from([...lines.slice(0, index), line.slice(0, at)].join('\n')),
              Buffer.from([0xff]),
              Buffer.from([line.slice(at), ...lines.slice(index + 1)].join('\n')),
            ]);
      await expectRefused(folderWith({ 'sims.csv': bytes }), {
        file: 'sims.csv',
        line: index + 1,
        reason: /./,
      });
    },
  );
});

describe('also', () => {
  it('refuses a placeholder IMEI (000000000000000 passes Luhn)', async () => {
    const usage = `${fixture('usage.csv')}\n9876543210,000000000000000,2023-07-01,2023-07-02\n`;
    await expectRefused(folderWith({ 'usage.csv': usage }), {
      file: 'usage.csv',
      column: 'imei',
      reason: /placeholder IMEI/,
    });
  });

  it.each([
    ['a NUL', 'Nul\u0000Name'],
    ['a right-to-left override', 'Asha\u202EamreV'],
  ])('refuses a name holding %s', async (_what, name) => {
    const identities = `${fixture('identities.csv')}\nkyc-00000009,PASSPORT,${name},\n`;
    await expectRefused(folderWith({ 'identities.csv': identities }), {
      file: 'identities.csv',
      line: 4,
      column: 'name',
      reason: /invisible character/,
    });
  });

  it('refuses an operator outcome for a number that is not pending re-verification, naming the line', async () => {
    // The file is part of the contract now (tests/integration/import-outcomes.test.ts has the whole loop).
    await expectRefused(
      folderWith({
        'reverification-outcomes.csv':
          'msisdn,operator,outcome,decided_on\n7000000001,AIRTEL,failed,2024-01-05\n',
      }),
      { file: 'reverification-outcomes.csv', line: 2, column: 'msisdn', reason: /active, not pending/ },
    );
  });
});
