// The telecom department's loop on the small seed: the impact of a block or a dealer flag before deciding
// (each figure checked against a count written here independently of the server's Cypher), the lists for
// the banks, re-verification deadlines and progress, and the operators' outcomes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suspectNumbers } from '../../server/analysis/suspects.ts';
import {
  openTestDatabase,
  serveSmallSeed,
  type ApiClient,
  type GroundTruth,
  type SeededApp,
} from './helpers.ts';

const database = openTestDatabase();
let seeded: SeededApp | undefined;
let truth: GroundTruth;
let investigator: ApiClient;
let dot: ApiClient;

beforeAll(async () => {
  seeded = await serveSmallSeed(database);
  truth = seeded.truth;
  investigator = await seeded.app.as('investigator');
  dot = await seeded.app.as('dot');
}, 180_000);

afterAll(() => seeded?.close());

async function readRows(statement: string, params: Record<string, unknown> = {}) {
  return database.readTx(async (tx) => (await tx.run(statement, params)).records.map((r) => r.toObject()));
}

const requestBlock = async (imeis: string[]) => {
  const created = await investigator.post('/api/block-requests', {
    imeis,
    reason: 'SIM-box farm behind NCRP complaints in the district',
    caseRef: 'FIR 17/2026 Cyber PS',
    acknowledgeCaution: true,
    justification: 'checked on the ground by the cyber cell',
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
};

/** The impact of blocking these handsets, counted directly: every number of theirs not yet pending or disconnected. */
async function directImpact(imeis: string[]) {
  const numbers = await readRows(
    `MATCH (s:SIM)-[:USED_IN]->(h:Handset) WHERE h.imei IN $imeis AND NOT s.status IN ['reverification_pending', 'disconnected']
     WITH DISTINCT s
     OPTIONAL MATCH (s)-[u:USED_IN]->(:Handset)
     WITH s, min(u.firstSeen) AS first, max(u.lastSeen) AS last
     RETURN s.msisdn AS msisdn, s.operator AS operator, s.circle AS circle,
            s.activatedOn <= date() - duration('P365D') AND duration.inDays(first, last).days >= 365
              AND size([(s)-[:REGISTERED_TO]->(i) | i]) = 1 AS longTenure`,
    { imeis },
  );
  const msisdns = numbers.map((n) => n.msisdn as string);
  const [others] = await readRows(
    `MATCH (s:SIM)-[:USED_IN]->(h:Handset) WHERE s.msisdn IN $msisdns AND NOT h.imei IN $imeis
     RETURN count(DISTINCT h) AS n`,
    { msisdns, imeis },
  );
  const [identities] = await readRows(
    'MATCH (s:SIM)-[:REGISTERED_TO]->(i) WHERE s.msisdn IN $msisdns RETURN count(DISTINCT i) AS n',
    { msisdns },
  );
  const [complaints] = await readRows(
    `MATCH (c:Complaint)-[:REPORTS]->(s:SIM) WHERE s.msisdn IN $msisdns
     WITH DISTINCT c RETURN count(c) AS n, sum(coalesce(c.amountInr, 0)) AS amount`,
    { msisdns },
  );
  const tally = (key: 'operator' | 'circle') => {
    const counts = new Map<string, number>();
    for (const n of numbers) counts.set(n[key] as string, (counts.get(n[key] as string) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => ({ [key]: k, numbers: v }));
  };
  return {
    msisdns,
    numbers: numbers.length,
    byOperator: tally('operator'),
    byCircle: tally('circle'),
    longTenure: numbers.filter((n) => n.longTenure).length,
    otherHandsets: others!.n,
    identities: identities!.n,
    complaints: complaints!.n,
    amountLostInr: complaints!.amount,
  };
}

/** CSV rows as arrays of their first `columns` fields (the fields checked here hold no commas), header first. */
const csvRows = (text: string, columns = 6) =>
  text
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(',').slice(0, columns));

const approveBlock = async (imeis: string[]) => {
  const id = await requestBlock(imeis);
  const approved = await dot.post(`/api/block-requests/${id}/approve`, {});
  expect(approved.status).toBe(200);
  return id;
};

/** Moves a request's approval `days` days into the past, as if decided then. */
const approvedDaysAgo = (id: string, days: number) =>
  database.writeTx((tx) =>
    tx.run('MATCH (r:BlockRequest {id: $id}) SET r.decidedAt = datetime() - duration({days: $days})', {
      id,
      days,
    }),
  );

/** Progress of one request, counted directly from the numbers that used its handsets. */
async function directProgress(id: string, isLate: boolean) {
  const [row] = await readRows(
    `MATCH (:BlockRequest {id: $id})-[:TARGETS]->(:Handset)<-[:USED_IN]-(s:SIM)
     WHERE s.reverificationRequestId = $id
     WITH DISTINCT s
     RETURN sum(CASE s.status WHEN 'reverification_pending' THEN 1 ELSE 0 END) AS pending,
            sum(CASE s.status WHEN 'reverified' THEN 1 ELSE 0 END) AS reverified,
            sum(CASE s.status WHEN 'disconnected' THEN 1 ELSE 0 END) AS disconnected`,
    { id },
  );
  const counts = row as { pending: number; reverified: number; disconnected: number };
  return { ...counts, overdue: isLate ? counts.pending : 0 };
}

describe('impact before deciding', () => {
  it('shows the investigator, before sending, exactly the figures a direct count of the graph gives', async () => {
    const ring = truth.rings[1]!;
    const impact = await investigator.post('/api/impact', { imeis: ring.handsets });
    expect(impact.status).toBe(200);
    const { msisdns, ...expected } = await directImpact(ring.handsets);
    expect(msisdns.length).toBeGreaterThan(0);
    expect(impact.body).toMatchObject({ handsets: ring.handsets.length, longTenureDays: 365, ...expected });
    expect(impact.body.cautions).toEqual([]);
  });

  it('counts long-tenure numbers: an old subscriber seen for over a year on one identity', async () => {
    const ring = truth.rings[1]!;
    const [sim] = await readRows(
      `MATCH (s:SIM)-[:USED_IN]->(h:Handset) WHERE h.imei IN $imeis AND s.status = 'active'
       RETURN s.msisdn AS msisdn ORDER BY msisdn LIMIT 1`,
      { imeis: ring.handsets },
    );
    const before = (await investigator.post('/api/impact', { imeis: ring.handsets })).body.longTenure;
    await database.writeTx((tx) =>
      tx.run(
        `MATCH (s:SIM {msisdn: $msisdn})-[u:USED_IN]->()
         SET s.activatedOn = date() - duration('P800D'), u.firstSeen = date() - duration('P700D'),
             u.lastSeen = date() - duration('P10D')`,
        { msisdn: sim!.msisdn },
      ),
    );
    const after = await investigator.post('/api/impact', { imeis: ring.handsets });
    expect(after.body.longTenure).toBe(before + 1);
    expect(after.body.longTenure).toBe((await directImpact(ring.handsets)).longTenure);
  });

  it("shows the telecom user a request's impact, and approval sends exactly that many numbers to re-verification", async () => {
    const ring = truth.rings[2]!;
    const id = await requestBlock(ring.handsets);
    const impact = await dot.get(`/api/block-requests/${id}/impact`);
    expect(impact.status).toBe(200);
    const { msisdns, ...expected } = await directImpact(ring.handsets);
    expect(impact.body).toMatchObject({ id, status: 'pending', ...expected });

    const approved = await dot.post(`/api/block-requests/${id}/approve`, {});
    expect(approved.body.numbers).toBe(impact.body.numbers);
    const [pending] = await readRows(
      `MATCH (s:SIM) WHERE s.msisdn IN $msisdns AND s.status = 'reverification_pending' RETURN count(s) AS n`,
      { msisdns },
    );
    expect(pending!.n).toBe(impact.body.numbers);
  });

  it('names the cautions of a look-alike handset', async () => {
    const [cautioned] = await readRows(
      `MATCH (h:Handset) WHERE h.caution IS NOT NULL AND h.status = 'active'
       RETURN h.imei AS imei, h.caution AS kind ORDER BY imei LIMIT 1`,
    );
    const impact = await investigator.post('/api/impact', { imeis: [cautioned!.imei] });
    expect(impact.body.cautions).toEqual([
      { imei: cautioned!.imei, kind: cautioned!.kind, message: expect.any(String) },
    ]);
  });

  it('refuses a malformed IMEI (400), an unknown one (404), an unknown request (404)', async () => {
    const bad = await investigator.post('/api/impact', { imeis: ['123'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.problems[0].field).toBe('imeis.0');
    expect((await investigator.post('/api/impact', { imeis: [] })).status).toBe(400);
    expect((await investigator.post('/api/impact', { imeis: ['490154203237518'] })).status).toBe(404);
    expect((await dot.get('/api/block-requests/BR-20260101-00000000/impact')).status).toBe(404);
    expect((await dot.get('/api/dealer-flags/DF-20260101-00000000/impact')).status).toBe(404);
  });

  it("shows a dealer flag's impact: SIMs sold and active, reported, over-limit buyers, as counted directly", async () => {
    const posId = truth.rogueDealers[0]!;
    const flagged = await investigator.post(`/api/dealers/${posId}/flag`, {
      reason: 'sold hundreds of SIMs to a handful of identities',
    });
    expect(flagged.status).toBe(201);
    const impact = await dot.get(`/api/dealer-flags/${flagged.body.id}/impact`);
    expect(impact.status).toBe(200);

    const [direct] = await readRows(
      `MATCH (d:Dealer {posId: $posId})<-[:ISSUED_BY]-(s:SIM)
       OPTIONAL MATCH (s)<-[r:REPORTS]-()
       WITH s, count(r) > 0 AS reported
       RETURN count(s) AS sold, sum(CASE WHEN s.status = 'active' THEN 1 ELSE 0 END) AS active,
              sum(CASE WHEN reported THEN 1 ELSE 0 END) AS reportedSims,
              sum(CASE WHEN reported AND s.status = 'active' THEN 1 ELSE 0 END) AS reportedActive`,
      { posId },
    );
    const buyers = await readRows(
      `MATCH (:Dealer {posId: $posId})<-[:ISSUED_BY]-(:SIM)-[:REGISTERED_TO]->(i:Identity)
       WITH DISTINCT i
       MATCH (i)<-[:REGISTERED_TO]-(held:SIM)
       RETURN i.kycId AS kycId, count(held) AS all,
              sum(CASE WHEN held.circle IN ['JK', 'AS', 'NE'] THEN 1 ELSE 0 END) AS border`,
      { posId },
    );
    const overLimit = buyers.filter((b) => b.all > 9 || b.border > 6).length;
    expect(overLimit).toBeGreaterThan(0);
    expect(impact.body).toEqual({
      id: flagged.body.id,
      status: 'pending',
      posId,
      simsSold: direct!.sold,
      activeSims: direct!.active,
      reportedSims: direct!.reportedSims,
      reportedActiveSims: direct!.reportedActive,
      buyers: buyers.length,
      overLimitBuyers: overLimit,
    });
  });
});

describe('deadlines, progress and the lists for the banks', () => {
  let recent: string;
  let late: string;

  beforeAll(async () => {
    recent = await approveBlock(truth.rings[3]!.handsets);
    late = await approveBlock(truth.rings[4]!.handsets);
    await approvedDaysAgo(late, 31);
    await approvedDaysAgo(recent, 29);
  });

  it('shows progress by request and by operator: pending, re-verified, disconnected, overdue past 30 days', async () => {
    const progress = await dot.get('/api/reverification/progress');
    expect(progress.status).toBe(200);
    expect(progress.body.deadlineDays).toBe(30);
    const ofRequest = (id: string) =>
      progress.body.byRequest.find((r: { requestId: string }) => r.requestId === id);
    expect(ofRequest(recent)).toMatchObject(await directProgress(recent, false));
    expect(ofRequest(late)).toMatchObject(await directProgress(late, true));
    expect(ofRequest(late).overdue).toBeGreaterThan(0);

    const byOperator = await readRows(
      `MATCH (r:BlockRequest {status: 'approved'}) MATCH (s:SIM) WHERE s.reverificationRequestId = r.id
       RETURN s.operator AS operator,
              sum(CASE s.status WHEN 'reverification_pending' THEN 1 ELSE 0 END) AS pending,
              sum(CASE WHEN s.status = 'reverification_pending' AND r.id = $late THEN 1 ELSE 0 END) AS overdue
       ORDER BY operator`,
      { late },
    );
    expect(
      progress.body.byOperator.map((o: Record<string, unknown>) => ({
        operator: o.operator,
        pending: o.pending,
        overdue: o.overdue,
      })),
    ).toEqual(byOperator);
  });

  it('disconnects exactly the overdue numbers, audited with the count, and a retry disconnects nothing more', async () => {
    const overdue = await readRows(
      `MATCH (s:SIM {reverificationRequestId: $late, status: 'reverification_pending'}) RETURN s.msisdn AS msisdn`,
      { late },
    );
    const stillPending = (await directProgress(recent, false)).pending;
    const done = await dot.post('/api/reverification/disconnect-overdue');
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ disconnected: overdue.length, requests: [late] });
    const after = await readRows(
      `MATCH (s:SIM) WHERE s.msisdn IN $msisdns
       RETURN DISTINCT s.status AS status, toString(s.disconnectedOn) AS on, s.disconnectionReason AS reason,
              s.reverificationRequestId AS request`,
      { msisdns: overdue.map((o) => o.msisdn) },
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(after).toEqual([{ status: 'disconnected', on: today, reason: 'overdue', request: late }]);
    expect((await directProgress(recent, false)).pending).toBe(stillPending);

    const retry = await dot.post('/api/reverification/disconnect-overdue');
    expect(retry.body).toEqual({ disconnected: 0, requests: [] });
    const events = await readRows(
      `MATCH (e:AuditEvent {action: 'reverification.disconnect_overdue'}) RETURN e.actor AS actor, e.details AS details
       ORDER BY e.at`,
    );
    expect(events.map((e) => [e.actor, JSON.parse(e.details as string).disconnected])).toEqual([
      ['dot', overdue.length],
      ['dot', 0],
    ]);
  });

  it('lists exactly the disconnected numbers in the revocation list, with date, reason and request', async () => {
    const list = await dot.get('/api/exports/revocation-list.csv');
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toContain('text/csv');
    const [header, ...rows] = csvRows(list.body);
    expect(header).toEqual(['msisdn', 'operator', 'circle', 'disconnected_on', 'reason', 'request_id']);
    const disconnected = await readRows(
      `MATCH (s:SIM {status: 'disconnected'})
       RETURN s.msisdn AS msisdn, s.operator AS operator, s.circle AS circle,
              coalesce(toString(s.disconnectedOn), '') AS on, coalesce(s.disconnectionReason, '') AS reason,
              coalesce(s.reverificationRequestId, '') AS request`,
    );
    const asRows = disconnected.map((d) => [d.msisdn, d.operator, d.circle, d.on, d.reason, d.request]);
    const sort = (list: unknown[][]) => [...list].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(sort(rows)).toEqual(sort(asRows));
    expect(rows.filter((row) => row[5] === late).length).toBeGreaterThan(0);
  });

  it('lists every graded number once in the number risk list, with its grade and reasons', async () => {
    const list = await dot.get('/api/exports/number-risk.csv');
    expect(list.status).toBe(200);
    const [header, ...rows] = csvRows(list.body, 5);
    expect(header).toEqual(['msisdn', 'operator', 'circle', 'status', 'grade']);
    expect(list.body.split('\r\n')[0]).toBe('msisdn,operator,circle,status,grade,reasons');
    const graded = await suspectNumbers(database, undefined, 1_000_000);
    expect(graded.length).toBeGreaterThan(0);
    expect(rows).toEqual(graded.map((n) => [n.msisdn, n.operator, n.circle, n.status, n.grade]));
    expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
  });
});
