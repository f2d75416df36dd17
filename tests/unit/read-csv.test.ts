import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv, type CsvItem } from '../../server/ingest/read-csv.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'ringside-csv-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;

async function readAll(content: string): Promise<CsvItem[]> {
  const filePath = path.join(folder, `usage-${files++}.csv`);
  writeFileSync(filePath, content);
  const items: CsvItem[] = [];
  for await (const batch of readCsv(filePath, 'usage.csv')) items.push(...batch);
  return items;
}

describe('readCsv', () => {
  it('yields the header, then each record by column name with its line number', async () => {
    const items = await readAll(
      '\uFEFFmsisdn,imei\n9876543210,490154203237518\n\n"7000000001",356938035643809\n',
    );
    expect(items).toEqual([
      { kind: 'header', columns: ['msisdn', 'imei'] },
      { kind: 'record', line: 2, record: { msisdn: '9876543210', imei: '490154203237518' } },
      { kind: 'record', line: 4, record: { msisdn: '7000000001', imei: '356938035643809' } },
    ]);
  });

  it('reports a row with the wrong number of fields and goes on', async () => {
    const items = await readAll('msisdn,imei\n9876543210\n7000000001,356938035643809\n');
    expect(items[1]).toMatchObject({
      kind: 'error',
      error: { file: 'usage.csv', line: 2, reason: 'has 1 fields, the header has 2' },
    });
    expect(items[2]).toMatchObject({ kind: 'record', line: 3 });
  });

  it('reports a quote that is never closed with the line where it opens', async () => {
    const items = await readAll('msisdn,imei\n9876543210,490154203237518\n"7000000001,356938035643809\n');
    expect(items.at(-1)).toMatchObject({
      kind: 'error',
      error: { file: 'usage.csv', line: 3, reason: 'not valid CSV: a quote opened here is never closed' },
    });
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, numbering lines as a text editor does', async () => {
    const items = await readAll(
      'msisdn,imei\r\n"98765,43210","say ""hi""\r\nthere"\r\n7000000001,356938035643809\r\n',
    );
    expect(items.slice(1)).toEqual([
      { kind: 'record', line: 2, record: { msisdn: '98765,43210', imei: 'say "hi"\nthere' } },
      { kind: 'record', line: 4, record: { msisdn: '7000000001', imei: '356938035643809' } },
    ]);
  });

  it('reports a stray quote inside a field and reads on', async () => {
    const items = await readAll(
      'msisdn,imei\n98"7"6,490154203237518\n"70"00,1\n7000000001,356938035643809\n',
    );
    expect(items.slice(1)).toEqual([
      expect.objectContaining({
        kind: 'error',
        error: expect.objectContaining({
          line: 2,
          reason: 'not valid CSV: a quote inside an unquoted field',
        }),
      }),
      expect.objectContaining({
        kind: 'error',
        error: expect.objectContaining({
          line: 3,
          reason: 'not valid CSV: unexpected "0" after a closing quote',
        }),
      }),
      { kind: 'record', line: 4, record: { msisdn: '7000000001', imei: '356938035643809' } },
    ]);
  });

  it('reports an empty file as having no header', async () => {
    expect(await readAll('')).toEqual([
      {
        kind: 'error',
        error: { file: 'usage.csv', line: 1, column: '', value: '', reason: 'the file has no header row' },
      },
    ]);
  });
});
