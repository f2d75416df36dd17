import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFolder } from '../../server/ingest/validate-folder.ts';

const root = mkdtempSync(path.join(tmpdir(), 'ringside-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

function folderWith(files: Record<string, string>): string {
  const dir = path.join(root, String(folders++));
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const dealers = 'pos_id,name,operator,circle,registered_on\nPOS-DL-0001,Sharma Telecom,JIO,DL,2019-04-01\n';
const identities = 'kyc_id,doc_type,name,photo_hash\nkyc-00000001,AADHAAR_EKYC,Asha Verma,ph-1\n';
const sims =
  'msisdn,operator,circle,activated_on,pos_id,kyc_id,status\n9876543210,JIO,DL,2023-01-10,POS-DL-0001,kyc-00000001,\n';
const usage = 'msisdn,imei,first_seen,last_seen\n9876543210,490154203237518,2023-01-10,2023-03-01\n';

describe('validateFolder', () => {
  it('accepts a consistent folder and counts its rows', async () => {
    const result = await validateFolder(
      folderWith({
        'dealers.csv': dealers,
        'identities.csv': identities,
        'sims.csv': sims,
        'usage.csv': usage,
      }),
    );
    expect(result.errors).toEqual([]);
    expect(result.unresolved).toEqual([]);
    expect(result.rowCounts).toEqual({
      'dealers.csv': 1,
      'identities.csv': 1,
      'sims.csv': 1,
      'usage.csv': 1,
    });
  });

  it('leaves a dealer that sims.csv names but the folder lacks for the database to resolve', async () => {
    const result = await validateFolder(folderWith({ 'identities.csv': identities, 'sims.csv': sims }));
    expect(result.errors).toEqual([]);
    expect(result.unresolved).toEqual([
      { label: 'Dealer', key: 'POS-DL-0001', file: 'sims.csv', line: 2, column: 'pos_id' },
    ]);
  });

  it('accepts a repeated identical row and rejects a repeated key with other values', async () => {
    const repeated =
      dealers +
      'POS-DL-0001,Sharma Telecom,JIO,DL,2019-04-01\nPOS-DL-0001,Sharma Telecom,AIRTEL,DL,2019-04-01\n';
    const result = await validateFolder(folderWith({ 'dealers.csv': repeated }));
    expect(result.errors).toEqual([
      {
        file: 'dealers.csv',
        line: 4,
        column: 'pos_id',
        value: 'POS-DL-0001',
        reason: 'duplicate key with different values (first on line 2)',
      },
    ]);
  });

  it('stops reading a file with a wrong header and caps the listed errors but not the count', async () => {
    const badRows =
      'msisdn,imei,first_seen,last_seen\n' + '12345,490154203237518,2023-01-10,2023-03-01\n'.repeat(5);
    const result = await validateFolder(folderWith({ 'dealers.csv': 'pos_id,nme\n', 'usage.csv': badRows }), {
      maxErrors: 3,
    });
    // dealers.csv: "nme" is unknown and four required columns are missing; usage.csv: five bad numbers.
    expect(result.errorCount).toBe(5 + 5);
    expect(result.errors).toHaveLength(3);
    expect(result.errors[0]).toMatchObject({ file: 'dealers.csv', line: 1, column: 'nme' });
    expect(result.rowCounts['dealers.csv']).toBe(0);
    expect(result.rowCounts['usage.csv']).toBe(5);
  });
});
