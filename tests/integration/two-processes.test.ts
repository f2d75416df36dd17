// Two identical app processes on one Neo4j, as behind a reverse proxy (issue #20): a session made on one
// works on the other and a logout on either ends it; the login limit counts across both; an approval
// whose re-verification marking dies with its process is finished by the other within the lease time,
// with exactly the right numbers marked; a feed dropped in the inbox both watch is imported once, and
// the alert rules it asks for raise each alert once.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientFor,
  loadSmallSeed,
  logIn,
  openTestDatabase,
  saveTestUsers,
  startServerProcess,
  TEST_PASSWORD,
  type GroundTruth,
  type ServerProcess,
} from './helpers.ts';

const database = openTestDatabase();
let truth: GroundTruth;
let removeSeed: () => void;

const inbox = mkdtempSync(path.join(tmpdir(), 'ringside-two-inbox-'));
// One handset a transaction: marking takes long enough to be interrupted. Both watch one inbox.
const startApp = (instance: string) =>
  startServerProcess(instance, { RINGSIDE_REVERIFICATION_BATCH_HANDSETS: '1', RINGSIDE_INBOX: inbox });

const rows = async (statement: string, params: Record<string, unknown> = {}) =>
  database.readTx(async (tx) => (await tx.run(statement, params)).records.map((r) => r.toObject()));

let a: ServerProcess | undefined;
let b: ServerProcess | undefined;

beforeAll(async () => {
  const seed = await loadSmallSeed(database);
  truth = seed.truth;
  removeSeed = seed.remove;
  await saveTestUsers(database);
  a = await startApp('process-a');
  b = await startApp('process-b'); // after A: the client build is there by then
}, 240_000);

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await database.close();
  removeSeed();
  rmSync(inbox, { recursive: true, force: true });
});

async function until(isDone: () => Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await isDone())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('two app processes on one database', () => {
  it('name themselves in /api/health', async () => {
    expect((await (await fetch(`${a!.baseUrl}/api/health`)).json()).instance).toBe('process-a');
    expect((await (await fetch(`${b!.baseUrl}/api/health`)).json()).instance).toBe('process-b');
  });

  it('share sessions: made on A, used on B, ended on B, gone on A', async () => {
    const cookie = await logIn(a!.baseUrl, 'analyst');
    expect((await clientFor(b!.baseUrl, cookie).get('/api/auth/me')).body.user.username).toBe('analyst');
    expect((await clientFor(b!.baseUrl, cookie).post('/api/auth/logout')).status).toBe(204);
    expect((await clientFor(a!.baseUrl, cookie).get('/api/auth/me')).status).toBe(401);
  });

  it("give a write's bookmarks to the user's next request, on either process, and refuse others", async () => {
    const cookie = await logIn(a!.baseUrl, 'investigator');
    const casesNow = async () => (await rows('MATCH (c:Case) RETURN count(c) AS n'))[0]!.n;
    const created = await clientFor(a!.baseUrl, cookie).post('/api/cases', { title: 'Bookmark check' });
    expect(created.status).toBe(201);
    const bookmark = created.headers.get('ringside-bookmark');
    expect(bookmark).toMatch(/\S/);
    expect(created.headers.get('set-cookie')).toMatch(/ringside_bookmark=[^;]+;.*Max-Age=60.*HttpOnly/i);

    // B reads after A's write, whether the bookmarks come as the header (tools) or the cookie (browsers).
    const byHeader = await clientFor(b!.baseUrl, cookie, { 'ringside-bookmark': bookmark! }).get(
      `/api/cases/${created.body.id}`,
    );
    expect(byHeader.body.title).toBe('Bookmark check');
    const withCookie = `${cookie}; ringside_bookmark=${encodeURIComponent(bookmark!)}`;
    expect((await clientFor(b!.baseUrl, withCookie).get(`/api/cases/${created.body.id}`)).status).toBe(200);
    // A read gives none: there is nothing new to wait for.
    expect(
      (await clientFor(b!.baseUrl, cookie).get('/api/cases')).headers.get('ringside-bookmark'),
    ).toBeNull();

    const before = await casesNow();
    const forged = await clientFor(b!.baseUrl, cookie, { 'ringside-bookmark': '<script>' }).post(
      '/api/cases',
      {
        title: 'Never made',
      },
    );
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('BAD_INPUT');
    expect(await casesNow()).toBe(before);
    // Well formed but not this database's (one since replaced): refused, and the cookie is cleared.
    const foreign = await clientFor(b!.baseUrl, `${cookie}; ringside_bookmark=FB%3Aabc`).get('/api/cases');
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toMatch(/not from this database/);
    expect(foreign.headers.get('set-cookie')).toMatch(/ringside_bookmark=;/);
    // A damaged cookie is dropped rather than refused: the browser would send it with every request.
    expect((await clientFor(b!.baseUrl, `${cookie}; ringside_bookmark=%%`).get('/api/cases')).status).toBe(
      200,
    );
  });

  it('count failed logins together: three on A and two on B lock the user on both', async () => {
    await database.writeTx((tx) => tx.run('MATCH (t:LoginThrottle) DELETE t'));
    const attempt = (app: ServerProcess, password: string) =>
      clientFor(app.baseUrl).post('/api/auth/login', { username: 'dot', password });
    for (const app of [a!, a!, a!, b!, b!]) expect((await attempt(app, 'wrong password')).status).toBe(401);
    expect((await attempt(a!, TEST_PASSWORD)).status).toBe(429);
    expect((await attempt(b!, TEST_PASSWORD)).status).toBe(429);
    await database.writeTx((tx) => tx.run('MATCH (t:LoginThrottle) DELETE t'));
  });

  it('import a feed of the inbox both watch once, and raise each alert its rules find once', async () => {
    const [farm] = await rows(
      `MATCH (h:Handset)<-[:USED_IN]-(s:SIM)
       WHERE h.riskScore >= 40 AND h.caution IS NULL AND NOT EXISTS { (:Complaint)-[:REPORTS]->(s) }
       RETURN h.imei AS imei, s.msisdn AS msisdn ORDER BY imei, msisdn LIMIT 1`,
    );
    const feed = path.join(inbox, '2026-12-02-ncrp');
    mkdirSync(feed);
    writeFileSync(
      path.join(feed, 'complaints.csv'),
      'ack_no,source,category,channel,reported_on,amount_inr,victim_id,state,district,suspect_msisdns\n' +
        `31412260099001,NCRP,INVESTMENT,CALL,2026-12-01,40000,VTWOPROC0001,Delhi,New Delhi,${farm!.msisdn}\n`,
    );
    writeFileSync(path.join(feed, 'READY'), '');

    await until(
      async () => existsSync(path.join(inbox, 'done', '2026-12-02-ncrp')),
      'the feed to be imported',
    );
    await until(async () => {
      const [run] = await rows(
        "MATCH (l:Lease {name: 'alert-rules'}) RETURN l.runsRequested AS requested, l.runsCompleted AS completed",
      );
      return run !== undefined && run.requested > 0 && run.completed >= run.requested;
    }, 'the alert rules to run');

    const imports = await rows(
      "MATCH (r:ImportRecord) WHERE r.folder ENDS WITH '2026-12-02-ncrp' RETURN r.result AS result",
    );
    expect(imports).toEqual([{ result: 'imported' }]);
    const [counts] = await rows(
      `MATCH (a:Alert)
       OPTIONAL MATCH (e:AuditEvent {action: 'alert.raise', target: 'Alert:' + a.id})
       WITH a, count(e) AS raises
       RETURN count(a) AS alerts, sum(raises) AS raises,
              count(CASE WHEN a.rule = 'high-risk-handset' THEN 1 END) AS highRisk,
              COUNT { MATCH (h:Handset) WHERE h.riskScore >= 40 AND h.caution IS NULL } AS suspects`,
    );
    expect(counts!.alerts).toBeGreaterThan(0);
    expect(counts!.raises).toBe(counts!.alerts);
    expect(counts!.highRisk).toBe(counts!.suspects);
    const [farmAlert] = await rows(
      "MATCH (a:Alert {alertKey: 'high-risk-handset|Handset:' + $imei}) RETURN a.evidenceNodes AS evidence",
      { imei: farm!.imei },
    );
    expect(farmAlert!.evidence).toContain(`SIM:${farm!.msisdn}`);
  });

  it('finish an approval on B when A dies while sending its numbers to re-verification', async () => {
    const imeis = truth.rings.slice(0, 6).flatMap((ring) => ring.handsets);
    const investigator = clientFor(a!.baseUrl, await logIn(a!.baseUrl, 'investigator'));
    const created = await investigator.post('/api/block-requests', {
      imeis,
      reason: 'farm handsets of six rings',
      caseRef: 'FIR 20/2026',
      acknowledgeCaution: true,
      justification: 'the test picks planted farms only',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const [expected] = await rows(
      `MATCH (:BlockRequest {id: $id})-[:TARGETS]->(:Handset)<-[:USED_IN]-(s:SIM)
       WHERE s.status IN ['active', 'reverified'] RETURN collect(DISTINCT s.msisdn) AS numbers`,
      { id },
    );
    const [pendingBefore] = await rows(
      "MATCH (s:SIM {status: 'reverification_pending'}) RETURN count(s) AS n",
    );

    const dot = clientFor(a!.baseUrl, await logIn(a!.baseUrl, 'dot'));
    void dot.post(`/api/block-requests/${id}/approve`, { note: 'approved' }).catch(() => {});
    // Once A has marked a few handsets' numbers, A dies.
    const started = Date.now();
    for (;;) {
      const [progress] = await rows('MATCH (r:BlockRequest {id: $id}) RETURN r.handsetsMarked AS done', {
        id,
      });
      if (Number(progress?.done ?? 0) >= 3) break;
      if (Date.now() - started > 30_000) throw new Error('marking never started');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    a!.child.kill('SIGKILL');
    const [half] = await rows('MATCH (r:BlockRequest {id: $id}) RETURN r.handsetsMarked AS done', { id });
    expect(Number(half!.done)).toBeLessThan(imeis.length);

    // B's worker takes the job over once A's lease (30 s) has run out.
    const killedAt = Date.now();
    for (;;) {
      const [state] = await rows(
        'MATCH (r:BlockRequest {id: $id}) RETURN r.numbersMarkedAt IS NOT NULL AS finished',
        { id },
      );
      if (state!.finished) break;
      if (Date.now() - killedAt > 90_000) throw new Error(`B did not finish the marking: ${b!.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // The 30 s lease, B's next round (5 s), and the rest of the marking, on a busy machine.
    expect(Date.now() - killedAt).toBeLessThan(60_000);
    const numbers = (expected!.numbers as string[]).sort();
    const [after] = await rows(
      `MATCH (r:BlockRequest {id: $id}) WITH r
       MATCH (s:SIM) WHERE s.msisdn IN $numbers
       RETURN r.numbersMarked AS marked, r.numbersTotal AS total,
              count(CASE WHEN s.status = 'reverification_pending' THEN 1 END) AS pending`,
      { id, numbers },
    );
    expect(after).toEqual({ marked: numbers.length, total: numbers.length, pending: numbers.length });
    const [pendingAfter] = await rows(
      "MATCH (s:SIM {status: 'reverification_pending'}) RETURN count(s) AS n",
    );
    expect(Number(pendingAfter!.n) - Number(pendingBefore!.n)).toBe(numbers.length); // nothing else marked
  }, 180_000);
});
