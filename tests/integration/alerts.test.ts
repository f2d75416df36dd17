// Alerts on the small seed, as a police unit meets them: each detection rule raising alerts on crafted
// data (new scores, complaints on watched numbers, a blocked farm's numbers in a new handset, a blacklisted
// dealer's buyers at a new shop, a saved query marked @alert), one alert per rule and subject, triage
// (assign to a new or existing case, dismiss, snooze), jurisdiction, and the rules as a background job.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { requestAlertRules } from '../../server/alerts/alert-rules-job.ts';
import { raiseAlerts } from '../../server/alerts/raise-alerts.ts';
import { highRiskHandset } from '../../server/alerts/rules/high-risk-handset.ts';
import { runAlertRules } from '../../server/alerts/run-alert-rules.ts';
import { dismissAlert } from '../../server/alerts/triage.ts';
import type { Database } from '../../server/db/database.ts';
import { DEFAULT_LIMITS } from '../../server/queries/run-read-query.ts';
import { analyseAfterImport } from '../../server/analysis/analyse-after-import.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import { CIRCLES, luhnCheckDigit } from '../../server/ingest/identifiers.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import {
  clientFor,
  logIn,
  openTestDatabase,
  runBackgroundRound,
  runScript,
  serveSmallSeed,
  TEST_PASSWORD,
  testUsers,
  type ApiClient,
  type GroundTruth,
  type SeededApp,
  rowsReader,
} from './helpers.ts';

const database = openTestDatabase();
const scratch = mkdtempSync(path.join(tmpdir(), 'ringside-alerts-'));
let seeded: SeededApp | undefined;
let truth: GroundTruth;
let investigator: ApiClient;
let analyst: ApiClient;
let dot: ApiClient;
let outsider: ApiClient;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = day(0);

async function userClient(username: string, extra: { scope?: string[] } = {}): Promise<ApiClient> {
  await testUsers(database).save(
    { username, password: TEST_PASSWORD, role: 'investigator', ...extra },
    { username: 'test-setup', role: 'system' },
  );
  return clientFor(seeded!.app.baseUrl, await logIn(seeded!.app.baseUrl, username));
}

beforeAll(async () => {
  seeded = await serveSmallSeed(database);
  truth = seeded.truth;
  investigator = await seeded.app.as('investigator');
  analyst = await seeded.app.as('analyst');
  dot = await seeded.app.as('dot');
  outsider = await userClient('alert-outsider');
  await runAlertRules(database);
}, 180_000);

afterAll(async () => {
  await seeded?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const readRows = rowsReader(database);

const auditCount = async () => (await readRows('MATCH (e:AuditEvent) RETURN count(e) AS n'))[0]!.n as number;

interface Alert {
  id: string;
  rule: string;
  subject: string;
  score: number;
  status: string;
  evidence: { nodes: string[]; sentence: string };
  caseId: string | null;
  dismissReason: string | null;
  snoozedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

async function alertsOf(rule: string, client = investigator): Promise<Alert[]> {
  const response = await client.get(`/api/alerts?rule=${encodeURIComponent(rule)}&limit=500`);
  expect(response.status).toBe(200);
  return response.body.alerts as Alert[];
}

async function alertAbout(rule: string, subject: string, client = investigator): Promise<Alert | undefined> {
  return (await alertsOf(rule, client)).find((alert) => alert.subject === subject);
}

/** A folder of contract CSV files: `{ 'usage.csv': [header, ...rows] }`. */
function deltaFolder(name: string, files: Record<string, string[]>): string {
  const dir = path.join(scratch, name);
  mkdirSync(dir);
  for (const [file, lines] of Object.entries(files))
    writeFileSync(path.join(dir, file), `${lines.join('\n')}\n`);
  return dir;
}

/** Imports a delta as the inbox does: the import, its analysis, then the alert rules. */
async function importDelta(dir: string): Promise<string> {
  const imported = await importFolder(database, dir);
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
  return analyseAfterImport(database, dir, imported);
}

const COMPLAINTS_HEADER =
  'ack_no,source,category,channel,reported_on,amount_inr,victim_id,state,district,suspect_msisdns';
const complaintRow = (ackNo: string, reportedOn: string, msisdns: string[]) =>
  `${ackNo},NCRP,INVESTMENT,CALL,${reportedOn},25000,VTESTALERT${ackNo.slice(-4)},Delhi,New Delhi,${msisdns.join(';')}`;

/** Stores a score as a recompute does (the statement recomputes use), for handsets the test controls. */
async function storeScore(imei: string, score: number): Promise<void> {
  await database.writeTx((tx) =>
    tx.run(cypher('app/analysis/store-handset-scores'), {
      assessments: [{ imei, score, reasons: ['crafted by the test'], caution: null, cautionMessage: null }],
      scoredAt: new Date().toISOString(),
    }),
  );
}

/** Handsets of the seed nobody scored (ordinary phones), for crafted scores. */
async function unscoredHandsets(count: number): Promise<string[]> {
  const rows = await readRows(
    'MATCH (h:Handset) WHERE h.riskScore IS NULL RETURN h.imei AS imei ORDER BY imei SKIP 10 LIMIT $n',
    { n: neo4j.int(count) },
  );
  return rows.map((row) => row.imei as string);
}

describe('the rules on handset scores', () => {
  it('raises high-risk-handset for each suspect of the seed, with its score and the reason first', async () => {
    const [suspect] = (await investigator.get('/api/suspects/handsets?limit=1')).body.handsets;
    const alert = await alertAbout('high-risk-handset', `Handset:${suspect.imei}`);
    expect(alert).toMatchObject({
      rule: 'high-risk-handset',
      status: 'new',
      score: suspect.score,
      caseId: null,
      evidence: { nodes: expect.arrayContaining([`Handset:${suspect.imei}`]) },
    });
    expect(alert!.evidence.sentence).toContain(`Handset ${suspect.imei} scores ${suspect.score}`);
    expect(alert!.evidence.sentence).toContain(suspect.reasons[0]);
  });

  it('raises score-rise and high-risk-handset when a score rises sharply past the threshold, and nothing below it', async () => {
    const [rising, low] = await unscoredHandsets(2);
    await storeScore(rising!, 20);
    await storeScore(low!, 25);
    await runAlertRules(database);
    expect(await alertAbout('high-risk-handset', `Handset:${rising}`)).toBeUndefined();
    expect(await alertAbout('score-rise', `Handset:${rising}`)).toBeUndefined();

    await storeScore(rising!, 55);
    await storeScore(low!, 35); // a rise of 10: not sharp, and still below the threshold
    await runAlertRules(database);
    const rise = await alertAbout('score-rise', `Handset:${rising}`);
    expect(rise).toMatchObject({ score: 55, status: 'new' });
    expect(rise!.evidence.sentence).toBe(`Handset ${rising} rose from 20 to 55: crafted by the test.`);
    expect(await alertAbout('high-risk-handset', `Handset:${rising}`)).toMatchObject({ score: 55 });
    expect(await alertAbout('score-rise', `Handset:${low}`)).toBeUndefined();
    expect(await alertAbout('high-risk-handset', `Handset:${low}`)).toBeUndefined();

    // A recompute giving the same score keeps the rise it came from.
    await storeScore(rising!, 55);
    const [stored] = await readRows('MATCH (h:Handset {imei: $imei}) RETURN h.previousRiskScore AS p', {
      imei: rising,
    });
    expect(stored!.p).toBe(20);
  });
});

describe('one alert per rule and subject', () => {
  it('raises nothing more when the rules run again on the same graph, even two runs at once', async () => {
    const count = async () =>
      (await readRows('MATCH (a:Alert) RETURN count(a) AS n, count(DISTINCT a.alertKey) AS keys'))[0]!;
    const before = await count();
    expect(before.n).toBeGreaterThan(0);
    const events = await auditCount();
    const reports = await runAlertRules(database);
    for (const report of reports) expect(report, report.rule).toMatchObject({ raised: 0, updated: 0 });
    expect(await count()).toEqual(before);
    expect(await auditCount()).toBe(events);

    const [fresh] = await unscoredHandsets(3).then((imeis) => imeis.slice(2));
    await storeScore(fresh!, 65);
    await Promise.all([runAlertRules(database), runAlertRules(database)]);
    const keys = await readRows('MATCH (a:Alert {subject: $subject}) RETURN a.rule AS rule ORDER BY rule', {
      subject: `Handset:${fresh}`,
    });
    expect(keys.map((row) => row.rule)).toEqual(['high-risk-handset']);
    const after = await count();
    expect(after.n).toBe(after.keys);
  });
});

describe('complaint-on-case-or-request', () => {
  it("raises an alert seen only by the case's members for a new complaint against a pinned number, and re-raises it when another comes", async () => {
    const [{ msisdn }] = (await readRows(
      `MATCH (s:SIM)-[:USED_IN]->(h:Handset) WHERE h.riskScore IS NULL AND NOT EXISTS { (:Complaint)-[:REPORTS]->(s) }
       RETURN s.msisdn AS msisdn ORDER BY msisdn LIMIT 1`,
    )) as [{ msisdn: string }];
    const opened = await investigator.post('/api/cases', { title: 'Calls to pensioners, Dwarka' });
    const caseId = opened.body.id as string;
    expect(
      (await investigator.post(`/api/cases/${caseId}/pins`, { id: `SIM:${msisdn}`, comment: 'Caller' }))
        .status,
    ).toBe(201);

    // A complaint from before the pin is old news: no alert.
    await importDelta(
      deltaFolder('old-complaint', {
        'complaints.csv': [COMPLAINTS_HEADER, complaintRow('39912010000001', day(-30), [msisdn])],
      }),
    );
    expect(await alertAbout('complaint-on-case-or-request', `SIM:${msisdn}`)).toBeUndefined();

    await importDelta(
      deltaFolder('new-complaint', {
        'complaints.csv': [COMPLAINTS_HEADER, complaintRow('39912010000002', today, [msisdn])],
      }),
    );
    const alert = await alertAbout('complaint-on-case-or-request', `SIM:${msisdn}`);
    expect(alert).toMatchObject({
      status: 'new',
      evidence: { nodes: ['Complaint:39912010000002'] },
    });
    expect(alert!.evidence.sentence).toBe(
      `Number ${msisdn} was reported in 1 complaint (39912010000002) since it came under watch: it (or its handset or identity) is pinned in an open case.`,
    );
    // Only the case's members learn that a case watches the number.
    expect(await alertAbout('complaint-on-case-or-request', `SIM:${msisdn}`, outsider)).toBeUndefined();
    expect((await outsider.get(`/api/alerts/${alert!.id}`)).status).toBe(404);

    const dismissed = await investigator.post(`/api/alerts/${alert!.id}/dismiss`, {
      reason: 'The caller is the victim’s own son',
    });
    expect(dismissed.body).toMatchObject({
      status: 'dismissed',
      dismissReason: 'The caller is the victim’s own son',
    });

    // Another complaint grows the evidence: the alert is updated and back in the queue.
    await importDelta(
      deltaFolder('another-complaint', {
        'complaints.csv': [COMPLAINTS_HEADER, complaintRow('39912010000003', today, [msisdn])],
      }),
    );
    const again = (await alertsOf('complaint-on-case-or-request')).filter(
      (a) => a.subject === `SIM:${msisdn}`,
    );
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({
      id: alert!.id,
      status: 'new',
      dismissReason: null,
      createdAt: alert!.createdAt,
      evidence: { nodes: ['Complaint:39912010000002', 'Complaint:39912010000003'] },
    });
    expect(again[0]!.updatedAt > alert!.updatedAt).toBe(true);
    const events = await readRows(
      'MATCH (e:AuditEvent {target: $target}) RETURN e.action AS action, e.actor AS actor ORDER BY e.at',
      { target: `Alert:${alert!.id}` },
    );
    expect(events).toEqual([
      { action: 'alert.raise', actor: 'alert-rules' },
      { action: 'alert.dismiss', actor: 'investigator' },
      { action: 'alert.update', actor: 'alert-rules' },
    ]);
  });

  it('raises a public alert for a new complaint against a number of a handset under a pending block request', async () => {
    const ring = truth.rings[1]!;
    const [imei] = ring.handsets;
    const requested = await investigator.post('/api/block-requests', {
      imeis: [imei],
      reason: 'Farm handset of the ring',
      caseRef: 'FIR 5/2026',
    });
    expect(requested.status).toBe(201);
    const [{ msisdn }] = (await readRows(
      'MATCH (s:SIM)-[:USED_IN]->(:Handset {imei: $imei}) RETURN s.msisdn AS msisdn ORDER BY msisdn LIMIT 1',
      { imei },
    )) as [{ msisdn: string }];
    await importDelta(
      deltaFolder('complaint-on-request', {
        'complaints.csv': [COMPLAINTS_HEADER, complaintRow('39912010000011', today, [msisdn])],
      }),
    );
    const alert = await alertAbout('complaint-on-case-or-request', `SIM:${msisdn}`, outsider);
    expect(alert).toBeDefined();
    expect(alert!.evidence.nodes).toEqual(
      expect.arrayContaining(['Complaint:39912010000011', `Handset:${imei}`]),
    );
    expect(alert!.evidence.sentence).toContain(`under block request ${requested.body.id}`);
  });
});

describe('the evasion rule, end to end', () => {
  it('alerts on a new handset that takes three numbers of a farm handset blocked through the API, naming them', async () => {
    const ring = truth.rings[0]!;
    const [blocked] = ring.handsets;
    const requested = await investigator.post('/api/block-requests', {
      imeis: [blocked],
      reason: 'SIM-box farm: numbers dropped after weeks, reported by victims',
      caseRef: 'FIR 12/2026 Cyber PS Gurugram',
    });
    expect(requested.status).toBe(201);
    const approved = await dot.post(`/api/block-requests/${requested.body.id}/approve`, {});
    expect(approved.status).toBe(200);

    const numbers = (
      await readRows(
        'MATCH (s:SIM)-[:USED_IN]->(:Handset {imei: $imei}) RETURN DISTINCT s.msisdn AS msisdn ORDER BY msisdn LIMIT 3',
        { imei: blocked },
      )
    ).map((row) => row.msisdn as string);
    expect(numbers).toHaveLength(3);
    const body = '35693803997001';
    const newHandset = `${body}${luhnCheckDigit(body)}`;
    const folder = deltaFolder('evasion', {
      'usage.csv': [
        'msisdn,imei,first_seen,last_seen',
        ...numbers.map((msisdn) => `${msisdn},${newHandset},${day(1)},${day(3)}`),
      ],
    });
    // `npm run import` as an operator's feed arrives: the import, its analysis, then the rules.
    const run = await runScript('import', [folder], { ...process.env, NEO4J_URI: inject('neo4jUri') });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/alert rules: \d+ alerts raised/);

    const alert = await alertAbout('evasion', `Handset:${newHandset}`);
    expect(alert).toBeDefined();
    expect(alert!.status).toBe('new');
    expect(alert!.evidence.nodes).toEqual([
      `Handset:${blocked}`,
      ...numbers.map((msisdn) => `SIM:${msisdn}`),
    ]);
    expect(alert!.evidence.sentence).toContain(
      `Handset ${newHandset} took 3 numbers of blocked handset ${blocked}`,
    );
    expect(alert!.evidence.sentence).toContain(`request ${requested.body.id}`);
    for (const msisdn of numbers) expect(alert!.evidence.sentence).toContain(msisdn);

    // Its evidence as a small graph: the blocked handset, the moved numbers, the usage between them.
    const page = await investigator.get(`/api/alerts/${alert!.id}`);
    expect(page.status).toBe(200);
    const ids = page.body.graph.nodes.map((node: { data: { id: string } }) => node.data.id).sort();
    expect(ids).toEqual(
      [`Handset:${newHandset}`, `Handset:${blocked}`, ...numbers.map((msisdn) => `SIM:${msisdn}`)].sort(),
    );
    expect(
      page.body.graph.edges.filter((edge: { data: { type: string } }) => edge.data.type === 'USED_IN').length,
    ).toBeGreaterThanOrEqual(6);
    expect(page.body.missing).toEqual([]);
  });
});

describe('blacklisted-dealer-reappears', () => {
  it("alerts on a new point of sale selling to the blacklisted dealer's identities after the blacklist", async () => {
    const posId = truth.rogueDealers[0]!;
    const flagged = await investigator.post(`/api/dealers/${posId}/flag`, {
      reason: 'Sold the farms their numbers on over-used identities',
    });
    expect(flagged.status).toBe(201);
    expect((await dot.post(`/api/dealer-flags/${flagged.body.id}/approve`, {})).status).toBe(200);
    const identities = (
      await readRows(
        `MATCH (:Dealer {posId: $posId})<-[:ISSUED_BY]-(:SIM)-[:REGISTERED_TO]->(i:Identity)
         RETURN DISTINCT i.kycId AS kycId ORDER BY kycId LIMIT 2`,
        { posId },
      )
    ).map((row) => row.kycId as string);
    await importDelta(
      deltaFolder('dealer-reappears', {
        'dealers.csv': [
          'pos_id,name,operator,circle,registered_on',
          `POS-TEST-NEW-01,New Star Mobiles,JIO,DL,${today}`,
        ],
        'sims.csv': [
          'msisdn,operator,circle,activated_on,pos_id,kyc_id,status',
          `9999100001,JIO,DL,${today},POS-TEST-NEW-01,${identities[0]},`,
          `9999100002,JIO,DL,${today},POS-TEST-NEW-01,${identities[1]},`,
        ],
      }),
    );
    const alert = await alertAbout('blacklisted-dealer-reappears', 'Dealer:POS-TEST-NEW-01');
    expect(alert).toBeDefined();
    expect(alert!.evidence.nodes).toEqual([
      `Dealer:${posId}`,
      ...identities.map((kycId) => `Identity:${kycId}`),
      'SIM:9999100001',
      'SIM:9999100002',
    ]);
    expect(alert!.evidence.sentence).toContain(
      'sold 2 numbers since to 2 identities that had bought from it',
    );
  });
});

describe('rules from saved queries', () => {
  it('raises an alert for each row of a saved query marked @alert, with its evidence and sentence', async () => {
    const alerts = await alertsOf('query:handsets-many-reported-numbers');
    expect(alerts.length).toBeGreaterThan(0);
    const run = await analyst.post('/api/queries/handsets-many-reported-numbers/run', {});
    expect(run.status).toBe(200);
    expect(alerts.map((alert) => alert.subject).sort()).toEqual(
      run.body.rows.map((row: [{ id: string }]) => row[0].id).sort(),
    );
    expect(alerts[0]!.evidence.sentence).toMatch(
      /^Handset \d{15} was used with \d+ numbers that victims reported/,
    );
    expect(alerts[0]!.evidence.nodes.every((id) => id.startsWith('SIM:'))).toBe(true);
  });
});

describe('triage', () => {
  /** A new alert nobody has triaged yet. */
  const nextNew = async () => {
    const { alerts } = (await investigator.get('/api/alerts?status=new&rule=high-risk-handset&limit=500'))
      .body;
    const used = new Set(triaged);
    const alert = (alerts as Alert[]).find((each) => !used.has(each.id))!;
    triaged.push(alert.id);
    return alert;
  };
  const triaged: string[] = [];

  it('lists the queue by score, then the longest waiting, and counts the new alerts', async () => {
    const { alerts } = (await investigator.get('/api/alerts?limit=500')).body as { alerts: Alert[] };
    for (let i = 1; i < alerts.length; i++) {
      const [a, b] = [alerts[i - 1]!, alerts[i]!];
      expect(a.score > b.score || (a.score === b.score && a.createdAt <= b.createdAt)).toBe(true);
    }
    const count = (await investigator.get('/api/alerts/count')).body.new;
    const news = (await investigator.get('/api/alerts?status=new&limit=500')).body.alerts;
    expect(count).toBe(news.length);
  });

  it('assigns an alert to a new case, which its assigner owns and whose timeline shows the alert', async () => {
    const alert = await nextNew();
    const response = await investigator.post(`/api/alerts/${alert.id}/assign`, {
      newCase: { title: 'Farm in Sector 14', caseRef: 'FIR 31/2026' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: alert.id,
      status: 'assigned',
      caseId: expect.stringMatching(/^CASE-/),
    });
    const page = (await investigator.get(`/api/cases/${response.body.caseId}`)).body;
    expect(page).toMatchObject({ title: 'Farm in Sector 14', caseRef: 'FIR 31/2026', owner: 'investigator' });
    const actions = page.timeline.map((event: { action: string }) => event.action);
    expect(actions[0]).toBe('alert.raise');
    expect(actions.slice(-2).sort()).toEqual(['alert.assign', 'case.create']);
    expect(
      (await investigator.get('/api/alerts?status=assigned&limit=500')).body.alerts.map((a: Alert) => a.id),
    ).toContain(alert.id);
    // Triaged once: the next decision is a conflict.
    const again = await analyst.post(`/api/alerts/${alert.id}/dismiss`, { reason: 'Not a farm after all' });
    expect(again.status).toBe(409);
  });

  it('assigns to an existing case of a member, and answers 404 for a case the user is not a member of', async () => {
    const alert = await nextNew();
    const caseId = (await investigator.post('/api/cases', { title: 'Existing case' })).body.id as string;
    const refused = await outsider.post(`/api/alerts/${alert.id}/assign`, { caseId });
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toBe(`No case ${caseId}.`);
    expect((await investigator.get(`/api/alerts/${alert.id}`)).body.status).toBe('new');
    const assigned = await investigator.post(`/api/alerts/${alert.id}/assign`, { caseId });
    expect(assigned.body).toMatchObject({ status: 'assigned', caseId });
    // Another officer who sees the alert learns it is assigned, not to which case.
    expect((await outsider.get(`/api/alerts/${alert.id}`)).body).toMatchObject({
      status: 'assigned',
      caseId: null,
    });
    const timeline = (await investigator.get(`/api/cases/${caseId}`)).body.timeline;
    expect(timeline.at(-1)).toMatchObject({
      action: 'alert.assign',
      target: `Alert:${alert.id}`,
      actor: 'investigator',
    });
  });

  it('refuses a dismissal without a reason of ten characters, changing nothing, and dismisses with one', async () => {
    const alert = await nextNew();
    const events = await auditCount();
    const short = await investigator.post(`/api/alerts/${alert.id}/dismiss`, { reason: '  no farm ' });
    expect(short.status).toBe(400);
    expect(short.body.error).toEqual({
      code: 'BAD_INPUT',
      message: expect.stringContaining('reason'),
      details: { problems: [{ field: 'reason', message: 'say why in 10 characters or more' }] },
    });
    expect((await investigator.get(`/api/alerts/${alert.id}`)).body).toMatchObject({
      status: 'new',
      updatedAt: alert.updatedAt,
    });
    expect(await auditCount()).toBe(events);

    const dismissed = await investigator.post(`/api/alerts/${alert.id}/dismiss`, {
      reason: 'A repair shop known to the station',
    });
    expect(dismissed.body).toMatchObject({
      status: 'dismissed',
      dismissReason: 'A repair shop known to the station',
    });
  });

  it('snoozes an alert until a future time, out of the new count, and shows it as new once the time has come', async () => {
    const alert = await nextNew();
    const past = await investigator.post(`/api/alerts/${alert.id}/snooze`, { until: '2020-01-01T00:00:00Z' });
    expect(past.status).toBe(400);
    expect(past.body.error.details.problems[0]).toMatchObject({ field: 'until' });
    const count = (await investigator.get('/api/alerts/count')).body.new;
    // Milliseconds ending in zeros, which Neo4j's toString drops (…03.1Z): the time comes back as sent.
    const until = new Date(Math.floor(Date.now() / 1000) * 1000 + 7 * 86_400_000 + 100).toISOString();
    const snoozed = await investigator.post(`/api/alerts/${alert.id}/snooze`, { until });
    expect(snoozed.body).toMatchObject({ status: 'snoozed', snoozedUntil: until });
    expect((await investigator.get(`/api/alerts/${alert.id}`)).body.snoozedUntil).toBe(until);
    expect((await investigator.get('/api/alerts/count')).body.new).toBe(count - 1);

    // A week later (the snooze moved into the past): new again, in the queue and the count.
    await database.writeTx((tx) =>
      tx.run('MATCH (a:Alert {id: $id}) SET a.snoozedUntil = datetime() - duration({minutes: 1})', {
        id: alert.id,
      }),
    );
    expect((await investigator.get(`/api/alerts/${alert.id}`)).body.status).toBe('new');
    expect(
      (await investigator.get('/api/alerts?status=new&limit=500')).body.alerts.map((a: Alert) => a.id),
    ).toContain(alert.id);
    expect(
      (await investigator.get('/api/alerts?status=snoozed&limit=500')).body.alerts.map((a: Alert) => a.id),
    ).not.toContain(alert.id);
    expect((await investigator.get('/api/alerts/count')).body.new).toBe(count);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const alert = await nextNew();
    for (const [route, body, field] of [
      ['assign', {}, 'body'],
      ['assign', { caseId: 'not-a-case' }, 'caseId'],
      ['assign', { newCase: { title: '' } }, 'newCase.title'],
      ['snooze', { until: 'next week' }, 'until'],
    ] as const) {
      const response = await investigator.post(`/api/alerts/${alert.id}/${route}`, body);
      expect(response.status, `${route} ${JSON.stringify(body)}`).toBe(400);
      expect(response.body.error.code).toBe('BAD_INPUT');
      expect(JSON.stringify(response.body.error.details)).toContain(field);
    }
    expect((await investigator.get('/api/alerts/not-an-alert')).status).toBe(400);
    expect((await investigator.get('/api/alerts/ALERT-000000000000')).status).toBe(404);
  });
});

describe('the queue page by page', () => {
  const pageOf = async (query: string, after?: string) => {
    const response = await investigator.get(
      `/api/alerts?${query}${after ? `&after=${encodeURIComponent(after)}` : ''}`,
    );
    expect(response.status).toBe(200);
    return response.body as { alerts: Alert[]; next: string | null };
  };

  it('continues each page where the last ended, to the last alert, without repeats or gaps', async () => {
    const seen: string[] = [];
    let next: string | null | undefined;
    let pages = 0;
    do {
      const page = await pageOf('limit=7', next ?? undefined);
      seen.push(...page.alerts.map((alert) => alert.id));
      next = page.next;
      pages++;
    } while (next);
    expect(pages).toBeGreaterThan(2);
    expect(new Set(seen).size).toBe(seen.length);
    const whole = await pageOf('limit=500');
    expect(whole.next).toBeNull();
    expect(seen).toEqual(whole.alerts.map((alert) => alert.id));
    // Counted in the database: every alert the national investigator may see.
    const [{ n }] = (await readRows(
      `MATCH (a:Alert) WHERE a.audience IS NULL
         OR EXISTS { (:User {username: 'investigator'})-[:MEMBER_OF]->(c:Case) WHERE c.id IN a.audience }
       RETURN count(a) AS n`,
    )) as [{ n: number }];
    expect(seen).toHaveLength(n);
  });

  it('keeps the filters, and a next page in place when an alert of the first is triaged meanwhile', async () => {
    const query = 'status=new&rule=high-risk-handset&limit=5';
    const first = await pageOf(query);
    const second = await pageOf(query, first.next!);
    expect(second.alerts.every((a) => a.status === 'new' && a.rule === 'high-risk-handset')).toBe(true);
    await investigator.post(`/api/alerts/${first.alerts[0]!.id}/dismiss`, {
      reason: 'Read while paging the queue',
    });
    expect(await pageOf(query, first.next!)).toEqual(second);
    expect((await pageOf(query)).alerts.map((a) => a.id)).toEqual([
      ...first.alerts.slice(1).map((a) => a.id),
      second.alerts[0]!.id,
    ]);
  });

  it('refuses a cursor the list did not answer, naming it', async () => {
    for (const after of ['page-2', Buffer.from('[70,"yesterday","ALERT-1"]').toString('base64url')]) {
      const response = await investigator.get(`/api/alerts?after=${after}`);
      expect(response.status).toBe(400);
      expect(response.body.error.details.problems[0]).toMatchObject({ field: 'after' });
    }
  });
});

describe('who sees alerts', () => {
  it('lets investigators and analysts triage, and no other role', async () => {
    const [alert] = (await investigator.get('/api/alerts?status=new&limit=1')).body.alerts;
    for (const role of ['dot', 'admin'] as const) {
      const client = await seeded!.app.as(role);
      for (const response of [
        await client.get('/api/alerts'),
        await client.get('/api/alerts/count'),
        await client.get(`/api/alerts/${alert.id}`),
        await client.post(`/api/alerts/${alert.id}/dismiss`, { reason: 'Not for this role to say' }),
      ]) {
        expect(response.status, role).toBe(403);
        expect(response.body.error.code).toBe('FORBIDDEN');
      }
    }
    expect((await analyst.get(`/api/alerts/${alert.id}`)).status).toBe(200);
  });

  it('shows an officer of some circles only the alerts about subjects in them', async () => {
    const alert = await alertAbout('blacklisted-dealer-reappears', 'Dealer:POS-TEST-NEW-01');
    const elsewhere = CIRCLES.find((circle) => circle !== 'DL')!;
    const away = await userClient('alert-state-officer', { scope: [elsewhere] });
    const here = await userClient('alert-delhi-officer', { scope: ['DL'] });
    expect((await away.get(`/api/alerts/${alert!.id}`)).status).toBe(404);
    expect(await alertAbout('blacklisted-dealer-reappears', 'Dealer:POS-TEST-NEW-01', away)).toBeUndefined();
    expect((await here.get(`/api/alerts/${alert!.id}`)).status).toBe(200);
    expect((await away.get('/api/alerts/count')).body.new).toBeLessThan(
      (await investigator.get('/api/alerts/count')).body.new,
    );
  });

  it('keeps alerts out of ad-hoc Cypher', async () => {
    const refused = await analyst.post('/api/cypher', { query: 'MATCH (a:Alert) RETURN a.subject' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('REFUSED_CYPHER');
  });
});

describe('the rules as a background job', () => {
  const lease = async () =>
    (
      await readRows(
        "MATCH (l:Lease {name: 'alert-rules'}) RETURN l.runsRequested AS requested, l.runsCompleted AS completed",
      )
    )[0]!;

  it('runs the rules asked for once, in whichever process takes the lease', async () => {
    const [imei] = await unscoredHandsets(4).then((imeis) => imeis.slice(3));
    await storeScore(imei!, 70);
    await requestAlertRules(database);
    const due = await lease();
    expect(due.requested).toBeGreaterThan(due.completed as number);
    await Promise.all([runBackgroundRound(database, 'alerts-a'), runBackgroundRound(database, 'alerts-b')]);
    const done = await lease();
    expect(done.completed).toBe(due.requested);
    const alerts = await readRows('MATCH (a:Alert {subject: $subject}) RETURN a.rule AS rule', {
      subject: `Handset:${imei}`,
    });
    expect(alerts).toEqual([{ rule: 'high-risk-handset' }]);

    // Nothing asked for: a round runs no rules.
    const events = await auditCount();
    await runBackgroundRound(database, 'alerts-a');
    expect(await lease()).toEqual(done);
    expect(await auditCount()).toBe(events);
  });

  it('shows the rules and how their job stands', async () => {
    const { body } = await analyst.get('/api/alerts/rules');
    expect(body.rules.map((rule: { name: string }) => rule.name)).toEqual([
      'high-risk-handset',
      'score-rise',
      'complaint-on-case-or-request',
      'evasion',
      'blacklisted-dealer-reappears',
      'query:handsets-many-reported-numbers',
    ]);
    expect(body.runsDue).toBe(0);
    expect(body.lastRun.rules).toHaveLength(6);
    expect(body.lastRun.rules[0]).toMatchObject({ rule: 'high-risk-handset', raised: 1, updated: 0 });
  });
});

describe('when the driver runs a committed transaction again', () => {
  /** Runs every write twice, as the driver does when a commit's answer is lost on the way back. */
  const twice = (inner: Database): Database => ({
    ...inner,
    writeTx: async (work, options) => {
      await inner.writeTx(work, options);
      return inner.writeTx(work, options);
    },
  });

  it('raises an alert once, and records a triage decision once', async () => {
    const [imei] = await unscoredHandsets(5).then((imeis) => imeis.slice(4));
    await storeScore(imei!, 80);
    const repeated = twice(database);
    await raiseAlerts(
      repeated,
      'high-risk-handset',
      await highRiskHandset.find(repeated, { limits: DEFAULT_LIMITS }),
    );
    const [alert] = await readRows('MATCH (a:Alert {subject: $subject}) RETURN a.id AS id', {
      subject: `Handset:${imei}`,
    });
    const actor = { username: 'investigator', role: 'investigator', scope: 'national' as const };
    const dismissed = await dismissAlert(repeated, alert!.id as string, 'Handset of the test bench', actor);
    expect(dismissed).toMatchObject({ status: 'dismissed', dismissReason: 'Handset of the test bench' });
    const events = await readRows('MATCH (e:AuditEvent {target: $target}) RETURN e.action AS action', {
      target: `Alert:${alert!.id}`,
    });
    expect(events.map((event) => event.action).sort()).toEqual(['alert.dismiss', 'alert.raise']);
  });
});
