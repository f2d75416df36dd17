// The telecom department's loop on the small seed: the impact of a block or a dealer flag before deciding
// (each figure checked against a count written here independently of the server's Cypher), the lists for
// the banks, re-verification deadlines and progress, and the operators' outcomes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNumberGrades } from '../../server/analysis/grade-numbers.ts';
import { suspectNumbers } from '../../server/analysis/suspects.ts';
import type { Database } from '../../server/db/database.ts';
import { disconnectOverdueNumbers } from '../../server/workflow/reverification-deadlines.ts';
import {
  logIn,
  openTestDatabase,
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

beforeAll(async () => {
  seeded = await serveSmallSeed(database);
  truth = seeded.truth;
  investigator = await seeded.app.as('investigator');
  dot = await seeded.app.as('dot');
}, 180_000);

afterAll(() => seeded?.close());

const readRows = rowsReader(database);

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

  it('disconnects an overdue set in batches of bounded size, each number counted once though the driver runs every transaction twice', async () => {
    const id = await approveBlock(truth.rings[6]!.handsets);
    await approvedDaysAgo(id, 31);
    const overdue = await readRows(
      `MATCH (s:SIM {reverificationRequestId: $id, status: 'reverification_pending'}) RETURN s.msisdn AS msisdn`,
      { id },
    );
    expect(overdue.length).toBeGreaterThan(20);
    // As when a commit succeeds and its answer is lost: the driver runs the same work again.
    let transactions = 0;
    const retried: Database = {
      ...database,
      writeTx: async (work, options) => {
        transactions += 2;
        await database.writeTx(work, options);
        return database.writeTx(work, options);
      },
    };
    const done = await disconnectOverdueNumbers(
      retried,
      30,
      { username: 'dot', role: 'dot' },
      { batchSize: 5 },
    );
    expect(done).toEqual({ disconnected: overdue.length, requests: [id] });
    expect(transactions).toBeGreaterThan(overdue.length / 5); // batches of five, and the audit
    const after = await readRows(
      `MATCH (s:SIM) WHERE s.msisdn IN $msisdns
       RETURN DISTINCT s.status AS status, s.disconnectionReason AS reason, s.reverificationRequestId AS request`,
      { msisdns: overdue.map((o) => o.msisdn) },
    );
    expect(after).toEqual([{ status: 'disconnected', reason: 'overdue', request: id }]);
    const events = await readRows(
      `MATCH (e:AuditEvent {action: 'reverification.disconnect_overdue'})
       WHERE e.details CONTAINS $id RETURN e.details AS details`,
      { id },
    );
    expect(events.map((e) => JSON.parse(e.details as string).disconnected)).toEqual([overdue.length]);
  });

  it('lists each number that used a blocked handset once a handset, its periods there merged, by operator, circle, number and IMEI', async () => {
    // One number gets a second, earlier period on its blocked handset, and a period on another one.
    const [seen] = await readRows(
      `MATCH (s:SIM)-[u:USED_IN]->(h:Handset {status: 'blocked'})
       RETURN s.msisdn AS msisdn, h.imei AS imei, toString(u.firstSeen) AS firstSeen ORDER BY msisdn LIMIT 1`,
    );
    const [other] = await readRows(
      `MATCH (h:Handset {status: 'blocked'})
       WHERE NOT EXISTS { (:SIM {msisdn: $msisdn})-[:USED_IN]->(h) }
       RETURN h.imei AS imei ORDER BY imei LIMIT 1`,
      seen!,
    );
    await database.writeTx((tx) =>
      tx.run(
        `MATCH (s:SIM {msisdn: $msisdn}), (h:Handset {imei: $imei}), (o:Handset {imei: $other})
         CREATE (s)-[:USED_IN {firstSeen: date($firstSeen) - duration('P40D'),
                               lastSeen: date($firstSeen) - duration('P30D')}]->(h),
                (s)-[:USED_IN {firstSeen: date('2024-01-01'), lastSeen: date('2024-01-02')}]->(o)`,
        { ...seen, other: other!.imei },
      ),
    );
    const expected = await readRows(
      `MATCH (s:SIM)-[u:USED_IN]->(h:Handset {status: 'blocked'})
       WITH s, h, min(u.firstSeen) AS firstSeen, max(u.lastSeen) AS lastSeen
       RETURN s.msisdn AS msisdn, s.operator AS operator, s.circle AS circle, h.imei AS imei,
              toString(firstSeen) AS firstSeen, toString(lastSeen) AS lastSeen,
              coalesce(h.blockRequestId, '') AS request
       ORDER BY operator, circle, msisdn, imei`,
    );
    const list = await dot.get('/api/exports/reverification.csv');
    expect(list.status).toBe(200);
    const [, ...rows] = csvRows(list.body, 7);
    expect(rows).toEqual(expected.map((row) => Object.values(row)));
    const ofNumber = rows.filter((row) => row[0] === seen!.msisdn);
    const imeis = ofNumber.map((row) => row[3]);
    expect(imeis).toEqual(expect.arrayContaining([seen!.imei, other!.imei]));
    expect(imeis).toEqual([...new Set(imeis)].sort()); // one row a handset, in IMEI order
    const earlier = new Date(Date.parse(seen!.firstSeen as string) - 40 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(ofNumber.find((row) => row[3] === seen!.imei)![4]).toBe(earlier);
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
    // Every number of the graph graded one by one, apart from the listing: exactly those, each once.
    const msisdns = (await readRows('MATCH (s:SIM) RETURN s.msisdn AS msisdn')).map(
      (r) => r.msisdn as string,
    );
    const direct = new Map<string, string>();
    for (let start = 0; start < msisdns.length; start += 5000) {
      const grades = await database.readTx((tx) => readNumberGrades(tx, msisdns.slice(start, start + 5000)));
      for (const [msisdn, reading] of grades) direct.set(msisdn, reading.grade);
    }
    expect(rows.length).toBeGreaterThan(5000); // more than one batch of the export
    expect(new Map(rows.map((row) => [row[0], row[4]]))).toEqual(direct);
  });
});

describe("operators' outcomes", () => {
  let request: string;
  let pending: { msisdn: string; operator: string }[];
  const today = new Date().toISOString().slice(0, 10);
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    request = await approveBlock(truth.rings[5]!.handsets);
    await approvedDaysAgo(request, 10);
    pending = (await readRows(
      `MATCH (s:SIM {reverificationRequestId: $request, status: 'reverification_pending'})
       RETURN s.msisdn AS msisdn, s.operator AS operator ORDER BY msisdn LIMIT 4`,
      { request },
    )) as typeof pending;
    expect(pending).toHaveLength(4);
  });

  const upload = async (csv: string, role = 'dot') => {
    const response = await fetch(`${seeded!.app.baseUrl}/api/reverification-outcomes`, {
      method: 'POST',
      headers: {
        origin: seeded!.app.baseUrl,
        'content-type': 'text/csv',
        cookie: await logIn(seeded!.app.baseUrl, role),
      },
      body: csv,
    });
    return { status: response.status, body: await response.json() };
  };
  const file = (...lines: string[]) => ['msisdn,operator,outcome,decided_on', ...lines].join('\r\n') + '\r\n';
  /** Every SIM's status and outcome fields: what an upload may change. */
  const simState = () =>
    readRows(
      `MATCH (s:SIM) RETURN s.status AS status, s.reverificationOutcome AS outcome,
         toString(s.disconnectedOn) AS on, count(*) AS n ORDER BY status, outcome, on`,
    );

  it('applies a good file: reverified numbers become reverified, failed and no_response disconnected with the date and request', async () => {
    const [a, b, c] = pending;
    const good = file(
      `${a!.msisdn},${a!.operator},reverified,${today}`,
      `+91 ${b!.msisdn},${b!.operator},failed,${daysAgo(1)}`,
      `${c!.msisdn},${c!.operator},no_response,${today}`,
    );
    const applied = await upload(good);
    expect(applied).toEqual({ status: 200, body: { rows: 3, reverified: 1, disconnected: 2, unchanged: 0 } });
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
    const revocation = csvRows((await dot.get('/api/exports/revocation-list.csv')).body);
    expect(
      revocation
        .filter((row) => row[5] === request)
        .map((row) => row[0])
        .sort(),
    ).toEqual([b!.msisdn, c!.msisdn].sort());
    const progress = (await dot.get('/api/reverification/progress')).body;
    expect(progress.byRequest.find((r: { requestId: string }) => r.requestId === request)).toMatchObject({
      reverified: 1,
      disconnected: 2,
      overdue: 0,
    });

    const before = await simState();
    expect(await upload(good)).toEqual({
      status: 200,
      body: { rows: 3, reverified: 0, disconnected: 0, unchanged: 3 },
    });
    expect(await simState()).toEqual(before);
    const [audited] = await readRows(
      "MATCH (e:AuditEvent {action: 'reverification.outcomes'}) RETURN count(e) AS n, collect(e.actor) AS actors",
    );
    expect(audited).toEqual({ n: 2, actors: ['dot', 'dot'] });
  });

  it('refuses each invalid file with its line and column, and changes nothing', async () => {
    const [, , , d] = pending;
    const good = `${d!.msisdn},${d!.operator},reverified,${today}`;
    const [active] = await readRows(
      "MATCH (s:SIM {status: 'active'}) RETURN s.msisdn AS msisdn, s.operator AS operator ORDER BY msisdn LIMIT 1",
    );
    const otherOperator = d!.operator === 'JIO' ? 'AIRTEL' : 'JIO';
    const cases: [string, string, number, string, RegExp][] = [
      ['an unknown column', 'msisdn,operator,outcome,decided_on,note\r\n', 1, 'note', /unknown column/],
      ['a malformed number', file(good, `12345,${d!.operator},failed,${today}`), 3, 'msisdn', /10 digits/],
      ['an unknown operator', file(good, `${d!.msisdn},TELCO,failed,${today}`), 3, 'operator', /one of/],
      ['an unknown outcome', file(good, `9999999999,JIO,maybe,${today}`), 3, 'outcome', /one of/],
      ['a date that is not one', file(good, `9999999999,JIO,failed,2026-02-30`), 3, 'decided_on', /calendar/],
      ['an empty value', file(good, `9999999999,JIO,,${today}`), 3, 'outcome', /empty/],
      [
        'two outcomes for one number',
        file(good, `${d!.msisdn},${d!.operator},failed,${today}`),
        3,
        'outcome',
        /line 2/,
      ],
      [
        'a number not in the graph',
        file(good, `6000000001,JIO,failed,${today}`),
        3,
        'msisdn',
        /no such number/,
      ],
      [
        'a number not pending',
        file(good, `${active!.msisdn},${active!.operator},failed,${today}`),
        3,
        'msisdn',
        /active, not pending/,
      ],
      ['another operator', file(`${d!.msisdn},${otherOperator},failed,${today}`), 2, 'operator', /is with/],
      [
        'a day before the approval',
        file(`${d!.msisdn},${d!.operator},failed,${daysAgo(20)}`),
        2,
        'decided_on',
        /approval/,
      ],
      [
        'a day in the future',
        file(`${d!.msisdn},${d!.operator},failed,${daysAgo(-2)}`),
        2,
        'decided_on',
        /future/,
      ],
      ['no rows', file(), 2, '', /no rows/],
    ];
    const before = await simState();
    for (const [what, csv, line, column, reason] of cases) {
      const refused = await upload(csv);
      expect(refused.status, what).toBe(400);
      expect(refused.body.error.details.errors[0], what).toMatchObject({
        file: 'reverification-outcomes.csv',
        line,
        column,
        reason: expect.stringMatching(reason),
      });
    }
    expect(await simState()).toEqual(before);
  });

  it('is for the telecom role only, and only as CSV', async () => {
    expect((await upload(file(), 'investigator')).status).toBe(403);
    expect((await dot.post('/api/reverification-outcomes', { csv: 'x' })).status).toBe(400);
  });
});
