// The decision workflow on the small seed, as the police and the telecom department use it: block
// requests, approval or rejection, dealer blacklisting, the exported lists, and the audit trail.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openTestDatabase,
  runBackgroundRound,
  serveSmallSeed,
  type ApiClient,
  type GroundTruth,
  type SeededApp,
  rowsReader,
} from './helpers.ts';

const database = openTestDatabase();
let seeded: SeededApp | undefined;
let truth: GroundTruth;
let investigator: ApiClient;
let dot: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  seeded = await serveSmallSeed(database);
  truth = seeded.truth;
  investigator = await seeded.app.as('investigator');
  dot = await seeded.app.as('dot');
  admin = await seeded.app.as('admin');
}, 180_000);

afterAll(() => seeded?.close());

const readRows = rowsReader(database);

const statusOf = async (imeis: string[]) =>
  (
    await readRows(
      'UNWIND $imeis AS imei MATCH (h:Handset {imei: imei}) RETURN DISTINCT h.status AS status',
      {
        imeis,
      },
    )
  ).map((row) => row.status);

const auditCount = async () => (await readRows('MATCH (e:AuditEvent) RETURN count(e) AS n'))[0]!.n as number;

/** CSV rows as arrays (the lists here hold no quoted fields), header first. */
const csvRows = (text: string) =>
  text
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));

const requestBlock = (imeis: string[], extra: Record<string, unknown> = {}) =>
  investigator.post('/api/block-requests', {
    imeis,
    reason: 'SIM-box farm behind NCRP complaints in the district',
    caseRef: 'FIR 112/2026 Cyber PS',
    ...extra,
  });

describe('block requests', () => {
  it('request → approve → the exports hold exactly the approved IMEIs and exactly the numbers that used them', async () => {
    const ring = truth.rings[0]!;
    const created = await requestBlock(ring.handsets, {
      policeUnit: 'Cyber Crime PS Gurugram',
      state: 'Haryana',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ handsets: ring.handsets.length, cautions: [] });
    expect(await statusOf(ring.handsets)).toEqual(['block_requested']);

    const pending = await dot.get('/api/block-requests?status=pending');
    expect(pending.status).toBe(200);
    const listed = pending.body.requests.find((r: { id: string }) => r.id === created.body.id);
    expect(listed).toMatchObject({
      status: 'pending',
      requestedBy: 'investigator',
      handsetCount: ring.handsets.length,
    });
    expect(listed.handsets[0]).toMatchObject({ score: expect.any(Number), numbers: expect.any(Number) });
    expect(listed.handsets[0].reasons).not.toHaveLength(0);

    const approved = await dot.post(`/api/block-requests/${created.body.id}/approve`, { note: 'verified' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', handsets: ring.handsets.length });
    expect(await statusOf(ring.handsets)).toEqual(['blocked']);

    const blockList = await dot.get('/api/exports/block-list.csv');
    expect(blockList.status).toBe(200);
    expect(blockList.headers.get('content-type')).toContain('text/csv');
    const [header, ...blocked] = csvRows(blockList.body);
    expect(header).toEqual([
      'imei',
      'tac',
      'brand',
      'model',
      'request_id',
      'case_ref',
      'police_unit',
      'requester_state',
      'requested_on',
      'reason',
      'approved_by',
      'approved_at',
    ]);
    expect(blocked.map((row) => row[0]).sort()).toEqual([...ring.handsets].sort());
    const today = new Date().toISOString().slice(0, 10);
    for (const row of blocked) {
      expect(row.slice(4, 9)).toEqual([
        created.body.id,
        'FIR 112/2026 Cyber PS',
        'Cyber Crime PS Gurugram',
        'Haryana',
        today,
      ]);
      expect(row[10]).toBe('dot');
    }

    const usedThem = await readRows(
      'MATCH (s:SIM)-[:USED_IN]->(h:Handset) WHERE h.imei IN $imeis RETURN DISTINCT s.msisdn AS msisdn, s.operator AS operator, s.status AS status',
      { imeis: ring.handsets },
    );
    const reverification = await dot.get('/api/exports/reverification.csv');
    const [reHeader, ...numbers] = csvRows(reverification.body);
    expect(reHeader).toEqual([
      'msisdn',
      'operator',
      'circle',
      'imei',
      'first_seen',
      'last_seen',
      'request_id',
    ]);
    expect(new Set(numbers.map((row) => row[0]))).toEqual(new Set(usedThem.map((row) => row.msisdn)));
    const sortKeys = numbers.map((row) => `${row[1]}|${row[2]}`);
    expect(sortKeys).toEqual([...sortKeys].sort()); // operator, then circle: one contiguous part each
    expect(
      usedThem
        .filter((row) => row.status !== 'disconnected')
        .every((row) => row.status === 'reverification_pending'),
    ).toBe(true);

    const operator = usedThem[0]!.operator as string;
    const oneOperator = csvRows(
      (await dot.get(`/api/exports/reverification.csv?operator=${operator}`)).body,
    ).slice(1);
    expect(oneOperator.length).toBeGreaterThan(0);
    expect(oneOperator).toEqual(numbers.filter((row) => row[1] === operator));

    const history = await dot.get('/api/exports');
    const lastBlockList = history.body.exports.find((batch: { kind: string }) => batch.kind === 'block-list');
    expect(lastBlockList).toMatchObject({
      exportedBy: 'dot',
      rows: ring.handsets.length,
      sha256: createHash('sha256').update(blockList.body).digest('hex'),
    });

    const audit = await admin.get('/api/audit?action=block_request');
    const actions = audit.body.events
      .filter((event: { target: string }) => event.target === `BlockRequest:${created.body.id}`)
      .map((event: { action: string; actor: string }) => `${event.action} by ${event.actor}`);
    expect(actions.sort()).toEqual([
      'block_request.approve by dot',
      'block_request.create by investigator',
      'block_request.reverification by dot',
    ]);
    expect((await admin.get('/api/audit?action=export.block-list&actor=dot')).body.events[0]).toMatchObject({
      details: { rows: ring.handsets.length },
    });
  });

  it('rejection leaves the handsets active, and a decided request cannot be decided again (409, no audit event)', async () => {
    const ring = truth.rings[1]!;
    const created = await requestBlock(ring.handsets);
    const rejected = await dot.post(`/api/block-requests/${created.body.id}/reject`, {
      note: 'insufficient evidence',
    });
    expect(rejected.status).toBe(200);
    expect(await statusOf(ring.handsets)).toEqual(['active']);

    const events = await auditCount();
    for (const decision of ['approve', 'reject']) {
      const again = await dot.post(`/api/block-requests/${created.body.id}/${decision}`, {});
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain('already rejected');
    }
    expect(await auditCount()).toBe(events);
    expect(await statusOf(ring.handsets)).toEqual(['active']);
  });

  it('of ten concurrent approvals of one request exactly one succeeds', async () => {
    const ring = truth.rings[2]!;
    const created = await requestBlock(ring.handsets);
    const events = await auditCount();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => dot.post(`/api/block-requests/${created.body.id}/approve`, {})),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    expect(await auditCount()).toBe(events + 2); // the approval, and its numbers sent to re-verification
  });

  it('finishes sending numbers to re-verification when the approving process stopped half-way', async () => {
    const ring = truth.rings[4]!;
    const created = await requestBlock(ring.handsets);
    await dot.post(`/api/block-requests/${created.body.id}/approve`, {});
    // As if the server had stopped between the approval and the numbers' batches:
    await database.writeTx((tx) =>
      tx.run(
        `MATCH (r:BlockRequest {id: $id})-[:TARGETS]->(:Handset)<-[:USED_IN]-(s:SIM {status: 'reverification_pending'})
         SET s.status = 'active', r.handsetsMarked = 0, r.numbersMarked = 0 REMOVE r.numbersMarkedAt
         WITH DISTINCT r MATCH (lease:Lease {name: 'reverification:' + r.id}) SET lease.expiresAt = 0`,
        { id: created.body.id },
      ),
    );
    // The background worker of another process takes the expired lease over and finishes the work.
    await runBackgroundRound(database, 'another-process');
    const [progress] = await readRows(
      `MATCH (r:BlockRequest {id: $id}) RETURN r.numbersMarked AS marked, r.numbersTotal AS total,
              r.numbersMarkedAt IS NOT NULL AS finished`,
      { id: created.body.id },
    );
    expect(progress).toMatchObject({ finished: true });
    expect(progress!.marked).toBe(progress!.total);
    const [left] = await readRows(
      `MATCH (:BlockRequest {id: $id})-[:TARGETS]->(:Handset)<-[:USED_IN]-(s:SIM {status: 'active'}) RETURN count(s) AS n`,
      { id: created.body.id },
    );
    expect(left!.n).toBe(0);
  });

  it('refuses a cloned IMEI unless the caution is acknowledged with a justification, and keeps the caution', async () => {
    const clone = truth.decoys.clonedImeis[0]!.imei;
    const events = await auditCount();
    const refused = await requestBlock([clone]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('CAUTION_NOT_ACKNOWLEDGED');
    expect(refused.body.error.details.cautions[0]).toMatchObject({ imei: clone, kind: 'cloned_imei' });
    expect(await statusOf([clone])).toEqual(['active']);
    expect(await auditCount()).toBe(events);

    const unjustified = await requestBlock([clone], { acknowledgeCaution: true });
    expect(unjustified.status).toBe(400);
    expect(unjustified.body.error.details.problems[0].field).toBe('justification');

    const acknowledged = await requestBlock([clone], {
      acknowledgeCaution: true,
      justification: 'The handset itself was seized with the farm; the clones are a separate matter.',
    });
    expect(acknowledged.status).toBe(201);
    const { body } = await dot.get('/api/block-requests?status=pending');
    const stored = body.requests.find((r: { id: string }) => r.id === acknowledged.body.id);
    expect(stored.cautions[0]).toMatchObject({ imei: clone, kind: 'cloned_imei' });
    expect(stored.cautionJustification).toContain('seized');
  });

  it('answers bad input with 400, unknown handsets with 404 and handsets already requested with 409', async () => {
    const badImei = await requestBlock(['123456789012345']);
    expect(badImei.status).toBe(400);
    expect(badImei.body.error.details.problems[0]).toMatchObject({ field: 'imeis.0' });

    const noReason = await investigator.post('/api/block-requests', {
      imeis: [truth.rings[3]!.handsets[0]],
      caseRef: 'x',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('reason');

    const unknownState = await requestBlock([truth.rings[3]!.handsets[0]!], { state: 'Atlantis' });
    expect(unknownState.status).toBe(400);
    expect(unknownState.body.error.details.problems[0]).toMatchObject({ field: 'state' });

    const absent = await requestBlock(['490154203237518']);
    expect(absent.status).toBe(404);
    expect(absent.body.error.details).toEqual({ imeis: ['490154203237518'] });

    const alreadyBlocked = await requestBlock([truth.rings[0]!.handsets[0]!]);
    expect(alreadyBlocked.status).toBe(409);
    expect(alreadyBlocked.body.error.message).toContain('is blocked');

    const unknownRequest = await dot.post('/api/block-requests/BR-20260101-00000000/approve', {});
    expect(unknownRequest.status).toBe(404);
  });

  it("lists only the caller's own requests and flags with mine=true (My requests)", async () => {
    const analyst = await seeded!.app.as('analyst');
    const theirs = await analyst.post('/api/block-requests', {
      imeis: [truth.rings[9]!.handsets[0]],
      reason: 'An analyst asks for this one',
      caseRef: 'FIR 3/2026',
    });
    expect(theirs.status).toBe(201);
    const mine = await investigator.get('/api/block-requests?mine=true&limit=500');
    expect(mine.status).toBe(200);
    expect(mine.body.requests.length).toBeGreaterThan(0);
    expect(
      mine.body.requests.every((request: { requestedBy: string }) => request.requestedBy === 'investigator'),
    ).toBe(true);
    const everyone = await investigator.get('/api/block-requests?limit=500');
    expect(everyone.body.requests.map((request: { id: string }) => request.id)).toContain(theirs.body.id);
    const analystsOwn = await analyst.get('/api/block-requests?mine=true');
    expect(analystsOwn.body.requests.map((request: { id: string }) => request.id)).toEqual([theirs.body.id]);
    // Without a police unit in the request, the requester's agency is the unit.
    expect(analystsOwn.body.requests[0]).toMatchObject({ policeUnit: 'Test analyst', state: null });
    const flags = await analyst.get('/api/dealer-flags?mine=true');
    expect(flags.status).toBe(200);
    expect(flags.body.flags).toEqual([]);
  });
});

describe('dealer flags', () => {
  it('flag → approve blacklists the dealer for three years, in the blacklist export, with formulas neutralised', async () => {
    const posId = truth.rogueDealers[0]!;
    const reason = '=HYPERLINK("http://evil.example") sold 400 SIMs to farm identities';
    const flagged = await investigator.post(`/api/dealers/${posId}/flag`, { reason });
    expect(flagged.status).toBe(201);
    expect(
      (await investigator.post(`/api/dealers/${posId}/flag`, { reason: 'a second flag for it' })).status,
    ).toBe(409);

    const approved = await dot.post(`/api/dealer-flags/${flagged.body.id}/approve`, {
      note: 'confirmed by operator',
    });
    expect(approved.status).toBe(200);
    const threeYears = new Date();
    threeYears.setUTCFullYear(threeYears.getUTCFullYear() + 3);
    expect(approved.body).toMatchObject({ posId, blacklistedUntil: threeYears.toISOString().slice(0, 10) });

    const exported = await dot.get('/api/exports/dealer-blacklist.csv');
    const line = exported.body.split('\r\n').find((row: string) => row.startsWith(`${posId},`));
    expect(line).toContain(`,"'=HYPERLINK(""http://evil.example"") sold 400 SIMs to farm identities"`);
    expect(line).toContain(`,${threeYears.toISOString().slice(0, 10)},`);
  });

  it('shows a blacklist past its end as expired, leaves it out of the export, and lets the dealer be flagged again', async () => {
    const posId = truth.rogueDealers[1]!;
    const flagged = await investigator.post(`/api/dealers/${posId}/flag`, {
      reason: 'numbers reported within days of sale',
    });
    await dot.post(`/api/dealer-flags/${flagged.body.id}/approve`, {});
    await database.writeTx((tx) =>
      tx.run("MATCH (d:Dealer {posId: $posId}) SET d.blacklistedUntil = date('2020-01-01')", { posId }),
    );

    const { body } = await dot.get('/api/dealer-flags?status=approved');
    const flag = body.flags.find((f: { id: string }) => f.id === flagged.body.id);
    expect(flag.dealer).toMatchObject({ posId, status: 'blacklisted', blacklistExpired: true });
    expect((await dot.get('/api/exports/dealer-blacklist.csv')).body).not.toContain(`${posId},`);
    expect(
      (await investigator.post(`/api/dealers/${posId}/flag`, { reason: 'active again after the term' }))
        .status,
    ).toBe(201);
  });

  it('rejection returns the dealer to active', async () => {
    const posId = truth.rogueDealers[2]!;
    const flagged = await investigator.post(`/api/dealers/${posId}/flag`, {
      reason: 'many numbers to one identity',
    });
    expect(
      (await dot.post(`/api/dealer-flags/${flagged.body.id}/reject`, { note: 'explained' })).status,
    ).toBe(200);
    const [dealer] = await readRows('MATCH (d:Dealer {posId: $posId}) RETURN d.status AS status', { posId });
    expect(dealer!.status).toBe('active');
  });
});
