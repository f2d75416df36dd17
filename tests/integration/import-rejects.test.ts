// Every import validation rule, one broken folder each: the report names file, line and column, and the
// database is exactly as before (the valid fixture, imported first).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../server/ingest/import-folder.ts';
import { openTestDatabase } from './helpers.ts';

const validFolder = path.resolve(import.meta.dirname, '../fixtures/import-valid');
const database = openTestDatabase();
const scratch = mkdtempSync(path.join(tmpdir(), 'ringside-rejects-'));

/** Every node with its labels and properties, and every relationship: "exactly as before" means equal. */
async function databaseSnapshot(): Promise<string> {
  const result = await database.readTx((tx) =>
    tx.run(`
      CALL () { MATCH (n) WITH n ORDER BY elementId(n) RETURN collect([labels(n), properties(n)]) AS nodes }
      CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY elementId(r)
                RETURN collect([elementId(a), type(r), properties(r), elementId(b)]) AS relationships }
      RETURN nodes, relationships`),
  );
  return JSON.stringify(result.records[0]?.toObject());
}

/** The valid fixture with line `line` (1 = header) of `file` replaced; `extra` lines are appended. */
function brokenFolder(file: string, line: number, replacement: string, extra: string[] = []): string {
  const dir = mkdtempSync(path.join(scratch, 'case-'));
  cpSync(validFolder, dir, { recursive: true });
  const lines = readFileSync(path.join(validFolder, file), 'utf8').trimEnd().split('\n');
  lines[line - 1] = replacement;
  writeFileSync(path.join(dir, file), [...lines, ...extra].join('\n') + '\n');
  return dir;
}

interface BrokenCase {
  rule: string;
  file: string;
  line: number;
  replacement: string;
  extra?: string[];
  expected: { line: number; column: string; reason: RegExp };
}

const cases: BrokenCase[] = [
  { rule: 'an IMEI of 14 digits', file: 'handsets.csv', line: 2, replacement: '49015420323751,Acme,A1',
    expected: { line: 2, column: 'imei', reason: /exactly 15 digits/ } },
  { rule: 'an IMEI whose Luhn check digit is wrong', file: 'usage.csv', line: 2, replacement: '9876543210,490154203237519,2023-01-10,2023-03-01',
    expected: { line: 2, column: 'imei', reason: /check digit/ } },
  { rule: 'a number of 5 digits', file: 'sims.csv', line: 3, replacement: '70000,AIRTEL,MH,2023-02-11,POS-MH-0002,kyc-00000002,active',
    expected: { line: 3, column: 'msisdn', reason: /10 digits/ } },
  { rule: 'a number starting with 5', file: 'sims.csv', line: 3, replacement: '5000000001,AIRTEL,MH,2023-02-11,POS-MH-0002,kyc-00000002,active',
    expected: { line: 3, column: 'msisdn', reason: /starts with 6, 7, 8 or 9/ } },
  { rule: 'an unknown operator', file: 'dealers.csv', line: 3, replacement: 'POS-MH-0002,Patil Mobiles,RELIANCE,MH,2020-08-15',
    expected: { line: 3, column: 'operator', reason: /one of/ } },
  { rule: 'an unknown circle', file: 'dealers.csv', line: 3, replacement: 'POS-MH-0002,Patil Mobiles,AIRTEL,XX,2020-08-15',
    expected: { line: 3, column: 'circle', reason: /one of/ } },
  { rule: 'a dealer id with forbidden characters', file: 'dealers.csv', line: 3, replacement: 'POS MH/2,Patil Mobiles,AIRTEL,MH,2020-08-15',
    expected: { line: 3, column: 'pos_id', reason: /letters, digits/ } },
  { rule: 'a date that is not in the calendar', file: 'dealers.csv', line: 2, replacement: 'POS-DL-0001,Sharma Telecom,JIO,DL,2019-02-30',
    expected: { line: 2, column: 'registered_on', reason: /not a calendar date/ } },
  { rule: 'a date written DD/MM/YYYY', file: 'usage.csv', line: 3, replacement: '9876543210,490154203237518,01/05/2023,2023-06-01',
    expected: { line: 3, column: 'first_seen', reason: /YYYY-MM-DD/ } },
  { rule: 'first_seen after last_seen', file: 'usage.csv', line: 4, replacement: '7000000001,490154203237518,2023-02-21,2023-02-20',
    expected: { line: 4, column: 'last_seen', reason: /before first_seen/ } },
  { rule: 'an unknown document type', file: 'identities.csv', line: 2, replacement: 'kyc-00000001,AADHAR,Asha Verma,ph-aa11',
    expected: { line: 2, column: 'doc_type', reason: /one of/ } },
  { rule: 'a KYC id that is too short', file: 'identities.csv', line: 3, replacement: 'kyc-2,PASSPORT,Ravi Kumar,',
    expected: { line: 3, column: 'kyc_id', reason: /8 to 64/ } },
  { rule: 'an unknown SIM status', file: 'sims.csv', line: 4, replacement: '8000000002,JIO,DL,2023-03-12,POS-DL-0001,kyc-00000001,blocked',
    expected: { line: 4, column: 'status', reason: /one of/ } },
  { rule: 'an empty required value', file: 'sims.csv', line: 3, replacement: '7000000001,,MH,2023-02-11,POS-MH-0002,kyc-00000002,active',
    expected: { line: 3, column: 'operator', reason: /required value is empty/ } },
  { rule: 'a SIM registered to an unknown identity', file: 'sims.csv', line: 3, replacement: '7000000001,AIRTEL,MH,2023-02-11,POS-MH-0002,kyc-99999999,active',
    expected: { line: 3, column: 'kyc_id', reason: /no Identity with this key/ } },
  { rule: 'usage of an unknown number', file: 'usage.csv', line: 5, replacement: '9000000009,356938035643809,2023-03-12,2024-01-01',
    expected: { line: 5, column: 'msisdn', reason: /no SIM with this key/ } },
  { rule: 'a complaint against an unknown number', file: 'complaints.csv', line: 2, replacement: '31412240012345,NCRP,INVESTMENT,WHATSAPP,2023-04-02,125000,victim-0001,Karnataka,Bengaluru Urban,9876543210;9000000009',
    expected: { line: 2, column: 'suspect_msisdns', reason: /no SIM with this key/ } },
  { rule: 'an unknown complaint source', file: 'complaints.csv', line: 2, replacement: '31412240012345,POLICE,INVESTMENT,WHATSAPP,2023-04-02,125000,victim-0001,Karnataka,Bengaluru Urban,9876543210',
    expected: { line: 2, column: 'source', reason: /one of/ } },
  { rule: 'an unknown complaint category', file: 'complaints.csv', line: 2, replacement: '31412240012345,NCRP,FRAUD,WHATSAPP,2023-04-02,125000,victim-0001,Karnataka,Bengaluru Urban,9876543210',
    expected: { line: 2, column: 'category', reason: /one of/ } },
  { rule: 'an unknown complaint channel', file: 'complaints.csv', line: 2, replacement: '31412240012345,NCRP,INVESTMENT,EMAIL,2023-04-02,125000,victim-0001,Karnataka,Bengaluru Urban,9876543210',
    expected: { line: 2, column: 'channel', reason: /one of/ } },
  { rule: 'a negative amount', file: 'complaints.csv', line: 2, replacement: '31412240012345,NCRP,INVESTMENT,WHATSAPP,2023-04-02,-500,victim-0001,Karnataka,Bengaluru Urban,9876543210',
    expected: { line: 2, column: 'amount_inr', reason: /non-negative/ } },
  { rule: 'a misspelt column name', file: 'sims.csv', line: 1, replacement: 'msisdn,operater,circle,activated_on,pos_id,kyc_id,status',
    expected: { line: 1, column: 'operater', reason: /unknown column/ } },
  { rule: 'a required column missing from the header', file: 'handsets.csv', line: 1, replacement: 'brand,model,extra',
    expected: { line: 1, column: 'imei', reason: /required column is missing/ } },
  { rule: 'a duplicate key with different values', file: 'dealers.csv', line: 3, replacement: 'POS-MH-0002,Patil Mobiles,AIRTEL,MH,2020-08-15',
    extra: ['POS-MH-0002,Patil Mobile Gallery,AIRTEL,MH,2020-08-15'],
    expected: { line: 4, column: 'pos_id', reason: /duplicate key with different values \(first on line 3\)/ } },
  { rule: 'a row with more fields than the header', file: 'handsets.csv', line: 2, replacement: '490154203237518,Acme,A1,extra',
    expected: { line: 2, column: '', reason: /has 4 fields, the header has 3/ } },
  { rule: 'an unterminated quote', file: 'identities.csv', line: 3, replacement: 'kyc-00000002,PASSPORT,"Ravi Kumar,',
    expected: { line: 3, column: '', reason: /not valid CSV/ } },
]; // prettier-ignore

describe('import validation rejects a folder with', () => {
  let before: string;

  beforeAll(async () => {
    await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    const imported = await importFolder(database, validFolder);
    expect(imported.ok).toBe(true);
    before = await databaseSnapshot();
  });

  afterAll(async () => {
    await database.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(cases)('$rule ($file)', async ({ file, line, replacement, extra, expected }) => {
    const result = await importFolder(database, brokenFolder(file, line, replacement, extra));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        file,
        line: expected.line,
        column: expected.column,
        reason: expect.stringMatching(expected.reason),
      }),
    );
    expect(await databaseSnapshot()).toBe(before);
  });
});
