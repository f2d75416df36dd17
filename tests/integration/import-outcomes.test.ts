// Operators' re-verification outcomes in an import folder (issue #17): `npm run import -- DIR` with a
// reverification-outcomes.csv applies them as the telecom department's upload does, on the small seed after
// a block was approved through the API; every rule refuses with file, line and column and changes nothing;
// the same folder again changes nothing; a first load refuses the file.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  openTestDatabase,
  runScript,
  serveSmallSeed,
  type ApiClient,
  type SeededApp,
  rowsReader,
} from './helpers.ts';

const database = openTestDatabase();
const scratch = mkdtempSync(path.join(tmpdir(), 'ringside-outcomes-'));
let seeded: SeededApp | undefined;
let dot: ApiClient;
let request: string;
/** Numbers the approval sent to re-verification, each used by one test. */
let pending: { msisdn: string; operator: string }[];

const today = new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const readRows = rowsReader(database);

beforeAll(async () => {
  seeded = await serveSmallSeed(database);
  const investigator = await seeded.app.as('investigator');
  dot = await seeded.app.as('dot');
  const created = await investigator.post('/api/block-requests', {
    imeis: seeded.truth.rings[1]!.handsets,
    reason: 'SIM-box farm behind NCRP complaints',
    caseRef: 'FIR 21/2026 Cyber PS',
    acknowledgeCaution: true,
    justification: 'checked on the ground by the cyber cell',
  });
  expect(created.status).toBe(201);
  request = created.body.id as string;
  expect((await dot.post(`/api/block-requests/${request}/approve`, {})).status).toBe(200);
  // As if approved ten days ago, so that a day before the approval can be given.
  await database.writeTx((tx) =>
    tx.run('MATCH (r:BlockRequest {id: $id}) SET r.decidedAt = datetime() - duration({days: 10})', {
      id: request,
    }),
  );
  pending = (await readRows(
    `MATCH (s:SIM {reverificationRequestId: $request, status: 'reverification_pending'})
     RETURN s.msisdn AS msisdn, s.operator AS operator ORDER BY msisdn LIMIT 9`,
    { request },
  )) as typeof pending;
  expect(pending).toHaveLength(9);
}, 180_000);

afterAll(async () => {
  await seeded?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A folder holding these files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(scratch, 'feed-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}
const outcomes = (...lines: string[]) => ['msisdn,operator,outcome,decided_on', ...lines].join('\n') + '\n';
const importOutcomes = (...lines: string[]) =>
  runImport(folder({ 'reverification-outcomes.csv': outcomes(...lines) }));
const runImport = (dir: string, ...args: string[]) =>
  runScript('import', [dir, ...args], { ...process.env, NEO4J_URI: inject('neo4jUri') });

/** Every SIM's status and outcome fields, counted: what an import of outcomes may change. */
const simState = () =>
  readRows(
    `MATCH (s:SIM) RETURN s.status AS status, s.reverificationOutcome AS outcome,
       toString(s.disconnectedOn) AS on, s.disconnectionReason AS reason, count(*) AS n
     ORDER BY status, outcome, on, reason`,
  );

/** The report line `npm run import` prints for an error. */
const reportLine = (line: number, column: string, value: string, reason: string) =>
  `reverification-outcomes.csv:${line} ${column} "${value}": ${reason}`;

describe('reverification-outcomes.csv in an import folder', () => {
  it('applies a good file: reverified numbers become reverified, failed and no_response disconnected with the date and request', async () => {
    const [a, b, c] = pending;
    const run = await importOutcomes(
      `${a!.msisdn},${a!.operator},reverified,${today}`,
      `+91 ${b!.msisdn},${b!.operator},failed,${daysAgo(1)}`,
      `${c!.msisdn},${c!.operator},no_response,${today}`,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      're-verification outcomes: 1 number(s) reverified, 2 disconnected, 0 already applied',
    );

    const after = await readRows(
      `UNWIND $msisdns AS m MATCH (s:SIM {msisdn: m})
       RETURN s.status AS status, toString(s.disconnectedOn) AS on, s.disconnectionReason AS reason,
              s.reverificationRequestId AS request`,
      { msisdns: [a!.msisdn, b!.msisdn, c!.msisdn] },
    );
    expect(after).toEqual([
      { status: 'reverified', on: null, reason: null, request },
      { status: 'disconnected', on: daysAgo(1), reason: 'failed', request },
      { status: 'disconnected', on: today, reason: 'no_response', request },
    ]);
    const progress = (await dot.get('/api/reverification/progress')).body;
    expect(progress.byRequest.find((r: { requestId: string }) => r.requestId === request)).toMatchObject({
      reverified: 1,
      disconnected: 2,
    });
    const revocation = (await dot.get('/api/exports/revocation-list.csv')).body as string;
    const revoked = revocation
      .split('\r\n')
      .filter((line) => line.endsWith(`,${request}`))
      .map((line) => line.split(',')[0]);
    expect(revoked.sort()).toEqual([b!.msisdn, c!.msisdn].sort());
    const [audited] = await readRows(
      `MATCH (e:AuditEvent {action: 'reverification.outcomes'}) RETURN collect(e.actor) AS actors,
       collect(e.details) AS details`,
    );
    expect(audited!.actors).toEqual([expect.stringMatching(/^cli:/)]);
    expect(JSON.parse((audited!.details as string[])[0]!)).toMatchObject({
      rows: 3,
      reverified: 1,
      disconnected: 2,
      unchanged: 0,
    });
  });

  it('imports the same file again without error and changes nothing', async () => {
    const [a, b, c] = pending;
    const before = await simState();
    const run = await importOutcomes(
      `${a!.msisdn},${a!.operator},reverified,${today}`,
      `${b!.msisdn},${b!.operator},failed,${daysAgo(1)}`,
      `${c!.msisdn},${c!.operator},no_response,${today}`,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      're-verification outcomes: 0 number(s) reverified, 0 disconnected, 3 already applied',
    );
    expect(await simState()).toEqual(before);
  });

  it('refuses an unknown column in the header, naming it', async () => {
    const before = await simState();
    const dir = folder({
      'reverification-outcomes.csv': `msisdn,operator,outcome,decided_on,note\n${pending[3]!.msisdn},${pending[3]!.operator},failed,${today},x\n`,
    });
    const run = await runImport(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('reverification-outcomes.csv:1 note "note": unknown column');
    expect(await simState()).toEqual(before);
  });

  it('refuses every bad value with its line and column, and writes none of the good rows', async () => {
    const d = pending[3]!;
    const before = await simState();
    const run = await importOutcomes(
      `${d.msisdn},${d.operator},reverified,${today}`,
      `12345,${d.operator},failed,${today}`,
      `${d.msisdn},TELCO,failed,${today}`,
      `${d.msisdn},${d.operator},maybe,${today}`,
      `${d.msisdn},${d.operator},failed,2026-02-30`,
      `${d.msisdn},${d.operator},,${today}`,
      `${d.msisdn},${d.operator},failed,${today}`,
      `6000000001,JIO,failed,${today}`,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('import rejected: 7 error(s), nothing was written');
    const lines = run.stderr.split('\n');
    const expected: [number, string, string, RegExp][] = [
      [3, 'msisdn', '12345', /10 digits/],
      [4, 'operator', 'TELCO', /one of/],
      [5, 'outcome', 'maybe', /one of/],
      [6, 'decided_on', '2026-02-30', /calendar/],
      [7, 'outcome', '', /empty/],
      [8, 'msisdn', d.msisdn, /duplicate key with different values \(first on line 2\)/],
      [9, 'msisdn', '6000000001', /no SIM with this key in the folder or the database/],
    ];
    for (const [line, column, value, reason] of expected) {
      const reported = lines.find((l) => l.startsWith(reportLine(line, column, value, '')));
      expect(reported, `line ${line}`).toMatch(reason);
    }
    expect(await simState()).toEqual(before);
  });

  it('refuses outcomes the graph contradicts, each with its line and column, and writes none of the good rows', async () => {
    const [, b, , , e, f, g, h] = pending;
    const [active] = await readRows(
      "MATCH (s:SIM {status: 'active'}) RETURN s.msisdn AS msisdn, s.operator AS operator ORDER BY msisdn LIMIT 1",
    );
    const otherOperator = f!.operator === 'JIO' ? 'AIRTEL' : 'JIO';
    const before = await simState();
    const run = await importOutcomes(
      `${e!.msisdn},${e!.operator},reverified,${today}`,
      `${active!.msisdn},${active!.operator},failed,${today}`,
      `${b!.msisdn},${b!.operator},reverified,${today}`,
      `${f!.msisdn},${otherOperator},failed,${today}`,
      `${g!.msisdn},${g!.operator},failed,${daysAgo(20)}`,
      `${h!.msisdn},${h!.operator},no_response,${daysAgo(-2)}`,
    );
    expect(run.status).toBe(1);
    const report = run.stderr;
    expect(report).toContain('import rejected: 5 error(s), nothing was written');
    expect(report).toContain(
      reportLine(3, 'msisdn', active!.msisdn as string, 'the number is active, not pending re-verification'),
    );
    expect(report).toContain(
      reportLine(4, 'msisdn', b!.msisdn, 'the number is disconnected, not pending re-verification'),
    );
    expect(report).toContain(
      reportLine(5, 'operator', otherOperator, `the number is with ${f!.operator}, not ${otherOperator}`),
    );
    expect(report).toContain(reportLine(6, 'decided_on', daysAgo(20), "before the block's approval on"));
    expect(report).toContain(reportLine(7, 'decided_on', daysAgo(-2), 'a day in the future'));
    expect(await simState()).toEqual(before);
  });

  it("checks an outcome against the number as the same folder's sims.csv leaves it", async () => {
    const e = pending[4]!;
    const [sim] = await readRows(
      `MATCH (d:Dealer)<-[:ISSUED_BY]-(s:SIM {msisdn: $msisdn})-[:REGISTERED_TO]->(i:Identity)
       RETURN s.operator AS operator, s.circle AS circle, toString(s.activatedOn) AS activatedOn,
              d.posId AS posId, i.kycId AS kycId`,
      { msisdn: e.msisdn },
    );
    // The operator's feed disconnects the number itself, and also reports it re-verified.
    const sims = `msisdn,operator,circle,activated_on,pos_id,kyc_id,status\n${e.msisdn},${sim!.operator},${sim!.circle},${sim!.activatedOn},${sim!.posId},${sim!.kycId},disconnected\n`;
    const before = await simState();
    const run = await runImport(
      folder({
        'sims.csv': sims,
        'reverification-outcomes.csv': outcomes(`${e.msisdn},${e.operator},reverified,${today}`),
      }),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      reportLine(
        2,
        'msisdn',
        e.msisdn,
        'the number is disconnected, not pending re-verification (as sims.csv line 2 of this folder leaves it)',
      ),
    );
    expect(await simState()).toEqual(before);
  });

  it('refuses the file in a first load, where no number can be pending, and writes nothing', async () => {
    const dir = folder({
      'dealers.csv': 'pos_id,name,operator,circle,registered_on\nPOS-DL-0001,Shop One,JIO,DL,2021-01-01\n',
      'identities.csv': 'kyc_id,doc_type,name,photo_hash\nkyc-00000001,PASSPORT,Asha Verma,\n',
      'sims.csv':
        'msisdn,operator,circle,activated_on,pos_id,kyc_id,status\n9876543210,JIO,DL,2023-01-01,POS-DL-0001,kyc-00000001,reverification_pending\n',
      'reverification-outcomes.csv': outcomes(`9876543210,JIO,failed,${today}`),
    });
    const out = path.join(scratch, 'bulk-files');
    const run = await runImport(dir, '--write-bulk-files', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'reverification-outcomes.csv: a first load into an empty database has no number pending re-verification',
    );
    expect(existsSync(out)).toBe(false);
  });
});
