// The home page's figures (GET /api/overview) on the small seed with alerts raised and some work done
// (a case, block requests and dealer flags, an approval whose numbers ran past their deadline, failed
// logins, a rejected import): each figure checked against a count written here from the graph directly,
// for each role's sections, and in a state police officer's jurisdiction.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tallyUntalliedAlerts } from '../../server/alerts/new-alert-tallies.ts';
import { raiseAlerts } from '../../server/alerts/raise-alerts.ts';
import { runAlertRules } from '../../server/alerts/run-alert-rules.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import { recordImport } from '../../server/imports/import-history.ts';
import {
  TEST_PASSWORD,
  clientFor,
  logIn,
  openTestDatabase,
  serveSmallSeed,
  testUsers,
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
let officer: ApiClient;
/** The officer's one circle: the one with the most reported numbers in the weeks shown. */
let circle: string;
/** The last day of the officer's weeks: the end of the seed's busiest week. */
let busyUntil: string;
let caseId: string;
let approvedId: string;

/** The seed's records end here: the home page of its data is asked for with `until`. */
const SEED_END = '2026-06-30';
const todayInIndia = () => new Date(Date.now() + 5.5 * 3_600_000).toISOString().slice(0, 10);

const readRows = rowsReader(database);
const readValue = async (statement: string, params: Record<string, unknown> = {}) =>
  Object.values((await readRows(statement, params))[0]!)[0];

/**
 * A minute passes after the last change of the complaints: the figures counted from then on are kept for
 * their edition (server/editions/), as on a server between imports.
 */
const settleComplaints = () =>
  database.writeTx((tx) =>
    tx.run(
      "MATCH (e:DataEdition {name: 'complaints'}) SET e.changedAt = datetime() - duration({minutes: 2})",
    ),
  );

const requestBlock = async (imeis: string[]) => {
  const created = await investigator.post('/api/block-requests', {
    imeis,
    reason: 'SIM-box farm behind NCRP complaints in the district',
    caseRef: 'FIR 21/2026 Cyber PS',
    acknowledgeCaution: true,
    justification: 'checked on the ground by the cyber cell',
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
};

const flagDealer = async (posId: string) => {
  const created = await investigator.post(`/api/dealers/${posId}/flag`, {
    reason: 'sold most of a farm its numbers',
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
};

const failLogin = (username: string) =>
  fetch(`${seeded!.app.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: seeded!.app.baseUrl },
    body: JSON.stringify({ username, password: 'not the password at all' }),
  });

beforeAll(async () => {
  seeded = await serveSmallSeed(database);
  truth = seeded.truth;
  await runAlertRules(database);
  investigator = await seeded.app.as('investigator');
  dot = await seeded.app.as('dot');
  admin = await seeded.app.as('admin');

  const opened = await investigator.post('/api/cases', { title: 'Farm behind the Gurugram complaints' });
  expect(opened.status).toBe(201);
  caseId = opened.body.id;
  const waiting = await requestBlock(truth.rings[0]!.handsets);
  // It has waited three days.
  await database.writeTx((tx) =>
    tx.run('MATCH (r:BlockRequest {id: $id}) SET r.requestedAt = datetime() - duration({days: 3})', {
      id: waiting,
    }),
  );
  approvedId = await requestBlock(truth.rings[1]!.handsets);
  expect((await dot.post(`/api/block-requests/${approvedId}/approve`, {})).status).toBe(200);
  // Approved forty days ago: its numbers still pending are past the 30 days and get disconnected today.
  await database.writeTx((tx) =>
    tx.run('MATCH (r:BlockRequest {id: $id}) SET r.decidedAt = datetime() - duration({days: 40})', {
      id: approvedId,
    }),
  );
  const [first, second] = truth.rogueDealers;
  await flagDealer(first!);
  const rejected = await flagDealer(second!);
  expect((await dot.post(`/api/dealer-flags/${rejected}/reject`, {})).status).toBe(200);
  expect((await dot.post('/api/reverification/disconnect-overdue')).body.disconnected).toBeGreaterThan(0);
  // A second request waiting, newer.
  await requestBlock([truth.rings[2]!.handsets[0]!]);

  await failLogin('mallory');
  await failLogin('mallory');
  await recordImport(database, {
    id: 'import-overview-test',
    source: 'inbox',
    folder: '/inbox/feed-2026-06-30',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    finishedAt: new Date().toISOString(),
    seconds: 60,
    result: 'rejected',
    rowCounts: { 'sims.csv': 10, 'usage.csv': 32 },
    conflicts: 1,
    errorCount: 3,
    firstErrors: [],
    changesAccepted: 0,
    actor: 'inbox',
  });

  // The officer looks at the busiest weeks of the seed (its last weeks hold few complaints), from the
  // circle with the most reported numbers then.
  const [busiestWeek] = await readRows(
    `MATCH (c:Complaint) WITH date.truncate('week', c.reportedOn) AS week, count(*) AS n
     RETURN toString(week + duration('P6D')) AS until ORDER BY n DESC, until LIMIT 1`,
  );
  busyUntil = busiestWeek!.until as string;
  const [busiest] = await readRows(
    `MATCH (c:Complaint)-[:REPORTS]->(s:SIM)
     WHERE c.reportedOn > date($until) - duration('P84D') AND c.reportedOn <= date($until)
     RETURN s.circle AS circle, count(*) AS n ORDER BY n DESC, circle LIMIT 1`,
    { until: busyUntil },
  );
  circle = busiest!.circle as string;
  await testUsers(database).save(
    { username: 'overview-officer', password: TEST_PASSWORD, role: 'investigator', scope: [circle] },
    { username: 'test-setup', role: 'system' },
  );
  officer = clientFor(seeded.app.baseUrl, await logIn(seeded.app.baseUrl, 'overview-officer'));
  await settleComplaints();
}, 240_000);

afterAll(() => seeded?.close());

interface Week {
  weekStart: string;
  complaints: number;
  amountInr: number;
}

/** Complaints and money lost in one week (from Monday) up to `until`, counted directly. */
/** The five districts with the most victims in the weeks up to the seed's last day, counted directly. */
const directTopDistricts = () =>
  readRows(
    `MATCH (v:Victim)-[:FILED]->(c:Complaint)
     WHERE c.reportedOn >= date('2026-04-13') AND c.reportedOn <= date($until)
     RETURN v.state AS state, v.district AS district, count(DISTINCT v) AS victims, count(c) AS complaints,
            sum(coalesce(c.amountInr, 0)) AS amountInr
     ORDER BY victims DESC, complaints DESC, state, district LIMIT 5`,
    { until: SEED_END },
  );

async function directWeek(weekStart: string, until: string, circles: string[] | null = null) {
  const [row] = await readRows(
    `MATCH (c:Complaint)
     WHERE c.reportedOn >= date($weekStart) AND c.reportedOn < date($weekStart) + duration('P7D')
       AND c.reportedOn <= date($until)
       AND ($circles IS NULL OR EXISTS { (c)-[:REPORTS]->(s:SIM) WHERE s.circle IN $circles })
     RETURN count(c) AS complaints, sum(coalesce(c.amountInr, 0)) AS amountInr`,
    { weekStart, until, circles },
  );
  return { weekStart, ...(row as { complaints: number; amountInr: number }) };
}

describe('the investigator', () => {
  let overview: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- asserted below

  beforeAll(async () => {
    const { status, body } = await investigator.get(`/api/overview?until=${SEED_END}`);
    expect(status).toBe(200);
    overview = body;
  });

  it('gets the investigation section only, for twelve weeks up to the day asked', () => {
    expect(Object.keys(overview).sort()).toEqual(['generatedAt', 'investigation', 'user', 'window']);
    expect(overview.user).toEqual({ username: 'investigator', role: 'investigator', scope: 'national' });
    expect(overview.window).toEqual({ from: '2026-04-13', to: SEED_END, weeks: 12 });
  });

  it('counts the new alerts as the queue has them', async () => {
    const direct = await readValue(
      `MATCH (a:Alert)
       WHERE (a.status = 'new' OR (a.status = 'snoozed' AND a.snoozedUntil <= datetime()))
         AND (a.audience IS NULL
              OR EXISTS { (:User {username: 'investigator'})-[:MEMBER_OF]->(c:Case) WHERE c.id IN a.audience })
       RETURN count(a)`,
    );
    expect(direct).toBeGreaterThan(0);
    expect(overview.investigation.newAlerts).toBe(direct);
    const queue = await investigator.get('/api/alerts?status=new&limit=500');
    expect(overview.investigation.newAlerts).toBe(queue.body.alerts.length);
  });

  it('lists my case, and my block requests and dealer flags by status', async () => {
    const { cases, blockRequests, dealerFlags } = overview.investigation;
    expect(cases).toMatchObject({ open: 1, closed: 0, recent: [{ id: caseId, status: 'open' }] });
    const byStatus = async (label: string, by: string) =>
      Object.fromEntries(
        (
          await readRows(
            `MATCH (x:${label}) WHERE x.${by} = 'investigator' RETURN x.status AS status, count(*) AS n`,
          )
        ).map((row) => [row.status, row.n]),
      );
    expect(blockRequests.byStatus).toEqual({ pending: 2, approved: 1, rejected: 0 });
    expect(blockRequests.byStatus).toMatchObject(await byStatus('BlockRequest', 'requestedBy'));
    expect(blockRequests.recent).toHaveLength(3);
    expect(blockRequests.recent[1]).toMatchObject({
      id: approvedId,
      status: 'approved',
      handsets: truth.rings[1]!.handsets.length,
    });
    expect(dealerFlags.byStatus).toEqual({ pending: 1, approved: 0, rejected: 1 });
    expect(dealerFlags.byStatus).toMatchObject(await byStatus('DealerFlag', 'flaggedBy'));
    expect(dealerFlags.recent.map((flag: { posId: string }) => flag.posId).sort()).toEqual(
      truth.rogueDealers.slice(0, 2).sort(),
    );
  });

  it('gives complaints and money lost week by week, each week as the graph counts it', async () => {
    const weeks = overview.investigation.complaintsByWeek as Week[];
    expect(weeks).toHaveLength(12);
    expect(weeks.map((week) => new Date(`${week.weekStart}T00:00:00Z`).getUTCDay())).toEqual(
      Array(12).fill(1),
    );
    for (const week of weeks) expect(week).toEqual(await directWeek(week.weekStart, SEED_END));
    expect(weeks.reduce((sum, week) => sum + week.complaints, 0)).toBeGreaterThan(0);
    expect(overview.investigation.latestComplaintOn).toBe(
      await readValue('MATCH (c:Complaint) RETURN toString(max(c.reportedOn))'),
    );
  });

  it('names the handsets that became suspects last, newest alert first', async () => {
    // The lowest-scored suspect was found last: it leads the list, though others score more.
    const [latest] = await database.writeTx(async (tx) =>
      (
        await tx.run(`MATCH (a:Alert {rule: 'high-risk-handset'}), (h:Handset)
       WHERE a.subject = 'Handset:' + h.imei AND h.riskScore >= 40 AND h.caution IS NULL
       WITH a, h ORDER BY h.riskScore, h.imei LIMIT 1
       SET a.createdAt = datetime() + duration('PT1M')
       RETURN h.imei AS imei`)
      ).records.map((record) => record.toObject()),
    );
    const { body } = await investigator.get(`/api/overview?until=${SEED_END}`);
    const handsets = body.investigation.newSuspectHandsets;
    const direct = await readRows(
      `MATCH (a:Alert {rule: 'high-risk-handset'}), (h:Handset)
       WHERE a.subject = 'Handset:' + h.imei AND h.riskScore >= 40 AND h.caution IS NULL
       RETURN h.imei AS imei, h.riskScore AS score, a.id AS alertId
       ORDER BY a.createdAt DESC, a.score DESC, a.id LIMIT 5`,
    );
    expect(direct).toHaveLength(5);
    expect(handsets[0].imei).toBe(latest!.imei);
    expect(
      handsets.map(({ imei, score, alertId }: Record<string, unknown>) => ({ imei, score, alertId })),
    ).toEqual(direct);
    expect(handsets[0].id).toBe(`Handset:${latest!.imei}`);
  });

  it('names the rings victims reported last, with the day of their newest complaint', async () => {
    // Worked out here from the complaints themselves, not from what the recompute stored.
    const direct = await readRows(
      `MATCH (r:Ring)
       CALL (r) {
         OPTIONAL MATCH (r)-[:INCLUDES]->(:Handset)<-[:USED_IN]-(:SIM)<-[:REPORTS]-(c:Complaint)
         RETURN toString(max(c.reportedOn)) AS last
       }
       WITH r, last WHERE last IS NOT NULL
       RETURN r.id AS id, last AS lastComplaintOn
       ORDER BY last DESC, r.amountLost DESC, r.id LIMIT 5`,
    );
    expect(direct).toHaveLength(5);
    expect(
      overview.investigation.recentRings.map(({ id, lastComplaintOn }: Record<string, unknown>) => ({
        id,
        lastComplaintOn,
      })),
    ).toEqual(direct);
  });

  it("names the districts with the most victims among the window's complaints", async () => {
    const direct = await directTopDistricts();
    expect(direct.length).toBeGreaterThan(0);
    expect(overview.investigation.topDistricts).toEqual(direct);
  });

  it('gets the same section as an analyst', async () => {
    const { body } = await (await seeded!.app.as('analyst')).get(`/api/overview?until=${SEED_END}`);
    expect(Object.keys(body).sort()).toEqual(['generatedAt', 'investigation', 'user', 'window']);
    expect(body.investigation.complaintsByWeek).toEqual(overview.investigation.complaintsByWeek);
  });
});

describe("a state police officer's home page", () => {
  it("counts only what concerns the officer's circles", async () => {
    const { status, body } = await officer.get(`/api/overview?until=${busyUntil}`);
    expect(status).toBe(200);
    const mine = body.investigation;
    for (const week of mine.complaintsByWeek as Week[])
      expect(week).toEqual(await directWeek(week.weekStart, busyUntil, [circle]));
    const national = (await investigator.get(`/api/overview?until=${busyUntil}`)).body.investigation;
    const total = (weeks: Week[]) => weeks.reduce((sum, week) => sum + week.complaints, 0);
    expect(total(mine.complaintsByWeek)).toBeGreaterThan(0);
    expect(total(mine.complaintsByWeek)).toBeLessThan(total(national.complaintsByWeek));

    expect(mine.newSuspectHandsets.length).toBeGreaterThan(0);
    for (const { imei } of mine.newSuspectHandsets)
      expect(
        await readValue(
          'RETURN EXISTS { (:Handset {imei: $imei})<-[:USED_IN]-(s:SIM) WHERE s.circle = $circle }',
          { imei, circle },
        ),
      ).toBe(true);
    for (const { id } of mine.recentRings)
      expect(
        await readValue(
          `RETURN EXISTS { (:Ring {id: $id})-[:INCLUDES]->(:Handset)<-[:USED_IN]-(s:SIM) WHERE s.circle = $circle }`,
          { id, circle },
        ),
      ).toBe(true);
    const alertsInScope = await readValue(
      `MATCH (a:Alert) WHERE a.status = 'new' AND a.audience IS NULL AND $circle IN a.circles RETURN count(a)`,
      { circle },
    );
    expect(mine.newAlerts).toBe(alertsInScope);
    expect(mine.newAlerts).toBeLessThan(national.newAlerts);
    // Their own work: none yet.
    expect(mine.cases).toEqual({ open: 0, closed: 0, recent: [] });
    expect(mine.blockRequests.byStatus).toEqual({ pending: 0, approved: 0, rejected: 0 });
  });
});

describe('the telecom department', () => {
  let telecom: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- asserted below

  beforeAll(async () => {
    const { status, body } = await dot.get('/api/overview');
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['generatedAt', 'telecom', 'user', 'window']);
    expect(body.window.to).toBe(todayInIndia());
    telecom = body.telecom;
  });

  it('sees what awaits its decision, the longest waiting first, with its age', async () => {
    const { blockRequests, dealerFlags } = telecom.awaitingDecision;
    expect(blockRequests.count).toBe(
      await readValue("MATCH (r:BlockRequest {status: 'pending'}) RETURN count(r)"),
    );
    expect(blockRequests.count).toBe(2);
    expect(blockRequests.oldest[0]).toMatchObject({
      ageDays: 3,
      requestedBy: 'investigator',
      handsets: truth.rings[0]!.handsets.length,
    });
    expect(blockRequests.oldest[1].ageDays).toBe(0);
    expect(dealerFlags.count).toBe(
      await readValue("MATCH (f:DealerFlag {status: 'pending'}) RETURN count(f)"),
    );
    expect(dealerFlags.oldest).toEqual([
      expect.objectContaining({ posId: truth.rogueDealers[0], flaggedBy: 'investigator', ageDays: 0 }),
    ]);
  });

  it("follows re-verification by operator exactly as the workflow's progress does", async () => {
    const progress = (await dot.get('/api/reverification/progress')).body;
    expect(telecom.reverification.byOperator).toEqual(progress.byOperator);
    const [direct] = await readRows(
      `MATCH (s:SIM {reverificationRequestId: $id})
       RETURN count(s) AS numbers, count(CASE WHEN s.status = 'disconnected' THEN 1 END) AS disconnected,
              count(CASE WHEN s.status = 'reverification_pending' THEN 1 END) AS pending`,
      { id: approvedId },
    );
    expect(telecom.reverification).toMatchObject({
      deadlineDays: 30,
      totals: { numbers: direct!.numbers, disconnected: direct!.disconnected, pending: direct!.pending },
    });
    expect(telecom.reverification.totals.disconnected).toBeGreaterThan(0);
  });

  it('counts handsets blocked and numbers disconnected week by week', async () => {
    const weeks = telecom.blocksByWeek as {
      weekStart: string;
      handsetsBlocked: number;
      numbersDisconnected: number;
    }[];
    expect(weeks).toHaveLength(12);
    const sum = (key: 'handsetsBlocked' | 'numbersDisconnected') =>
      weeks.reduce((n, week) => n + week[key], 0);
    expect(sum('handsetsBlocked')).toBe(truth.rings[1]!.handsets.length);
    expect(sum('handsetsBlocked')).toBe(
      await readValue('MATCH (h:Handset) WHERE h.blockedAt IS NOT NULL RETURN count(h)'),
    );
    const disconnected = await readValue(
      'MATCH (s:SIM) WHERE s.disconnectedOn >= date($from) RETURN count(s)',
      { from: weeks[0]!.weekStart },
    );
    expect(disconnected).toBeGreaterThan(0);
    expect(sum('numbersDisconnected')).toBe(disconnected);
  });
});

describe('the admin', () => {
  it('sees the system: imports, users, failed logins, audit volume', async () => {
    const { status, body } = await admin.get('/api/overview');
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['generatedAt', 'system', 'user', 'window']);
    const { recentImports, users, failedLogins, auditByDay } = body.system;

    expect(recentImports[0]).toMatchObject({
      id: 'import-overview-test',
      result: 'rejected',
      rows: 42,
      errorCount: 3,
      conflicts: 1,
    });

    const roles = await readRows('MATCH (u:User) RETURN u.role AS role, count(*) AS n');
    expect(users.byRole).toEqual(Object.fromEntries(roles.map((row) => [row.role, row.n])));
    expect(users.total).toBe(await readValue('MATCH (u:User) RETURN count(u)'));

    expect(failedLogins.count).toBe(
      await readValue("MATCH (e:AuditEvent {action: 'auth.login_failed'}) RETURN count(e)"),
    );
    expect(failedLogins.count).toBeGreaterThanOrEqual(2);
    expect(failedLogins.recent[0]).toMatchObject({ username: 'mallory', reason: 'wrong credentials' });

    expect(auditByDay).toHaveLength(14);
    const today = auditByDay.at(-1);
    expect(today.day).toBe(todayInIndia());
    const direct = await readValue(
      `MATCH (e:AuditEvent)
       WHERE date(datetime({datetime: e.at, timezone: '+05:30'})) = date($today) AND e.at <= datetime($generatedAt)
       RETURN count(e)`,
      { today: today.day, generatedAt: body.generatedAt },
    );
    expect(direct).toBeGreaterThan(0);
    expect(today.events).toBe(direct);
  });
});

describe('GET /api/overview', () => {
  it.each([
    ['a day that is not a date', '?until=2026-13-45', 'until'],
    ['a time instead of a day', '?until=2026-06-30T10:00:00Z', 'until'],
    ['an unknown parameter', '?weeks=52', 'query string'],
  ])('answers 400 for %s', async (_case, query, field) => {
    const { status, body } = await investigator.get(`/api/overview${query}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      code: 'BAD_INPUT',
      details: { problems: [expect.objectContaining({ field })] },
    });
  });

  it('needs a session', async () => {
    expect((await (await seeded!.app.as('anonymous')).get('/api/overview')).status).toBe(401);
  });
});

// The new-alert count is summed from tallies kept as alerts are raised and triaged, and the complaint
// figures are kept per edition of the complaints: each change must show on the next page, exactly.
describe('figures kept up to date', () => {
  const newAlerts = async (client: ApiClient) =>
    (await client.get(`/api/overview?until=${SEED_END}`)).body.investigation.newAlerts as number;
  /** The new alerts counted from the alerts themselves, as the queue filters them. */
  const directNewAlerts = async (username: string, circles: string[] | null) =>
    readValue(
      `MATCH (a:Alert)
       WHERE (a.status = 'new' OR (a.status = 'snoozed' AND a.snoozedUntil <= datetime()))
         AND ($circles IS NULL OR any(c IN a.circles WHERE c IN $circles))
         AND (a.audience IS NULL
              OR EXISTS { (:User {username: $username})-[:MEMBER_OF]->(c:Case) WHERE c.id IN a.audience })
       RETURN count(a)`,
      { username, circles },
    );
  const expectExact = async () => {
    expect(await newAlerts(investigator)).toBe(await directNewAlerts('investigator', null));
    expect(await newAlerts(officer)).toBe(await directNewAlerts('overview-officer', [circle]));
  };

  it('takes a triaged alert out of the new-alert count at once, in the country and the circle', async () => {
    const queue = (await officer.get('/api/alerts?status=new&limit=3')).body.alerts as { id: string }[];
    expect(queue).toHaveLength(3);
    const [national, local] = [await newAlerts(investigator), await newAlerts(officer)];
    const [dismissed, snoozed, assigned] = queue;
    expect(
      (await officer.post(`/api/alerts/${dismissed!.id}/dismiss`, { reason: 'a repair shop we know' }))
        .status,
    ).toBe(200);
    expect([await newAlerts(investigator), await newAlerts(officer)]).toEqual([national - 1, local - 1]);
    const until = new Date(Date.now() + 86_400_000).toISOString();
    expect((await officer.post(`/api/alerts/${snoozed!.id}/snooze`, { until })).status).toBe(200);
    expect(
      (await officer.post(`/api/alerts/${assigned!.id}/assign`, { newCase: { title: 'From the badge' } }))
        .status,
    ).toBe(200);
    expect([await newAlerts(investigator), await newAlerts(officer)]).toEqual([national - 3, local - 3]);
    await expectExact();
    // The snooze over (moved into the past): new again, with no write to the alert's tally.
    await database.writeTx((tx) =>
      tx.run('MATCH (a:Alert {id: $id}) SET a.snoozedUntil = datetime() - duration({minutes: 1})', {
        id: snoozed!.id,
      }),
    );
    expect([await newAlerts(investigator), await newAlerts(officer)]).toEqual([national - 2, local - 2]);
    await expectExact();
  });

  it('counts a raised alert at once, once however often it is raised, and for its audience only', async () => {
    const [handset] = await readRows(
      `MATCH (h:Handset)<-[:USED_IN]-(:SIM {circle: $circle}) RETURN DISTINCT h.imei AS imei ORDER BY imei LIMIT 1`,
      { circle },
    );
    const imei = handset!.imei as string;
    const [national, local] = [await newAlerts(investigator), await newAlerts(officer)];
    const hit = (evidence: string[], audience: string[] | null = null) => ({
      subject: { label: 'Handset' as const, key: imei },
      evidence,
      sentence: 'crafted by the overview test',
      score: 50,
      audience,
    });
    expect((await raiseAlerts(database, 'overview-test', [hit([`Handset:${imei}`])])).raised).toBe(1);
    expect([await newAlerts(investigator), await newAlerts(officer)]).toEqual([national + 1, local + 1]);
    // Raised again with more evidence: updated, still one new alert.
    const more = [`Handset:${imei}`, `Case:${caseId}`];
    expect((await raiseAlerts(database, 'overview-test', [hit(more)])).updated).toBe(1);
    expect([await newAlerts(investigator), await newAlerts(officer)]).toEqual([national + 1, local + 1]);
    // Dismissed, then raised again with more evidence still: new again.
    const [alert] = await readRows("MATCH (a:Alert {rule: 'overview-test'}) RETURN a.id AS id");
    expect(
      (await investigator.post(`/api/alerts/${alert!.id}/dismiss`, { reason: 'checked: a family phone' }))
        .status,
    ).toBe(200);
    expect([await newAlerts(investigator), await newAlerts(officer)]).toEqual([national, local]);
    await raiseAlerts(database, 'overview-test', [hit([...more, 'Handset:000000000000000'])]);
    expect([await newAlerts(investigator), await newAlerts(officer)]).toEqual([national + 1, local + 1]);
    // An alert for the investigator's case only: the investigator, a member, counts it; the officer not.
    await raiseAlerts(database, 'overview-test-case', [hit([`Handset:${imei}`], [caseId])]);
    expect([await newAlerts(investigator), await newAlerts(officer)]).toEqual([national + 2, local + 1]);
    await expectExact();
  });

  it('counts at start the new alerts raised before the tallies were kept, once', async () => {
    const [national, local] = [await newAlerts(investigator), await newAlerts(officer)];
    // A database from before the tallies: alerts, and no tally.
    await database.writeTx(async (tx) => {
      await tx.run('MATCH (t:NewAlertTally) DELETE t');
      await tx.run('MATCH (a:Alert) REMOVE a.tallyKey');
    });
    const untallied = await readValue("MATCH (a:Alert {status: 'new'}) RETURN count(a)");
    expect(await tallyUntalliedAlerts(database)).toBe(untallied);
    expect(await tallyUntalliedAlerts(database)).toBe(0);
    expect([await newAlerts(investigator), await newAlerts(officer)]).toEqual([national, local]);
    await expectExact();
  });

  it('shows a complaint an import brings at once: its week, its district, the newest complaint', async () => {
    const [reported] = await readRows(
      'MATCH (s:SIM {circle: $circle}) RETURN s.msisdn AS msisdn ORDER BY msisdn LIMIT 1',
      { circle },
    );
    const before = (await investigator.get(`/api/overview?until=${SEED_END}`)).body.investigation;
    const officerBefore = (await officer.get(`/api/overview?until=${SEED_END}`)).body.investigation;
    const feed = mkdtempSync(path.join(tmpdir(), 'ringside-overview-feed-'));
    try {
      // Five victims in one district on the seed's last day: the district with the most victims.
      const rows = [1, 2, 3, 4, 5].map(
        (n) =>
          `3991230000000${n},NCRP,INVESTMENT,CALL,${SEED_END},10000,VTESTOVERVIEW${n},Kerala,Wayanad,${reported!.msisdn}`,
      );
      writeFileSync(
        path.join(feed, 'complaints.csv'),
        `ack_no,source,category,channel,reported_on,amount_inr,victim_id,state,district,suspect_msisdns\n${rows.join('\n')}\n`,
      );
      expect((await importFolder(database, feed)).ok).toBe(true);
    } finally {
      rmSync(feed, { recursive: true, force: true });
    }
    const after = (await investigator.get(`/api/overview?until=${SEED_END}`)).body.investigation;
    // Once the import has settled, counted again and kept: the same figures.
    await settleComplaints();
    for (let read = 0; read < 2; read++)
      expect((await investigator.get(`/api/overview?until=${SEED_END}`)).body.investigation).toMatchObject({
        complaintsByWeek: after.complaintsByWeek,
        latestComplaintOn: after.latestComplaintOn,
        topDistricts: after.topDistricts,
      });
    const lastWeek = (weeks: Week[]) => weeks.at(-1)!;
    expect(lastWeek(after.complaintsByWeek)).toEqual({
      ...lastWeek(before.complaintsByWeek),
      complaints: lastWeek(before.complaintsByWeek).complaints + 5,
      amountInr: lastWeek(before.complaintsByWeek).amountInr + 50_000,
    });
    for (const week of after.complaintsByWeek as Week[])
      expect(week).toEqual(await directWeek(week.weekStart, SEED_END));
    expect(after.latestComplaintOn).toBe(SEED_END);
    const direct = await directTopDistricts();
    expect(after.topDistricts).toEqual(direct);
    expect(after.topDistricts).toContainEqual({
      state: 'Kerala',
      district: 'Wayanad',
      victims: 5,
      complaints: 5,
      amountInr: 50_000,
    });
    const mine = (await officer.get(`/api/overview?until=${SEED_END}`)).body.investigation;
    expect(lastWeek(mine.complaintsByWeek).complaints).toBe(
      lastWeek(officerBefore.complaintsByWeek).complaints + 5,
    );
    for (const week of mine.complaintsByWeek as Week[])
      expect(week).toEqual(await directWeek(week.weekStart, SEED_END, [circle]));
  });
});
