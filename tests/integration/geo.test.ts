// India on one map, on the small seed: complaints by state and district, the complaints of one place,
// and suspect dealers by circle, each checked against a count written here from the graph directly, in a
// state police officer's jurisdiction, for one ring's footprint, with the portals' other spellings of a
// district, and the 400s of a bad query string.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markComplaintsChanged } from '../../server/editions/complaints-edition.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import {
  TEST_PASSWORD,
  clientFor,
  logIn,
  openTestDatabase,
  serveSmallSeed,
  testUsers,
  type ApiClient,
  type SeededApp,
  rowsReader,
} from './helpers.ts';

const database = openTestDatabase();
let seeded: SeededApp | undefined;
let analyst: ApiClient;
let officer: ApiClient;
/** The circle of the state police officer: the one with the most reported numbers. */
let circle: string;
/** A stored ring with complaints, and a circle none of its reported numbers is in. */
let ringId: string;

interface PlaceRow {
  state: string;
  district?: string;
  complaints: number;
  victims: number;
  amountInr: number;
}

const readRows = rowsReader(database);

/** Complaints, victims and money lost counted straight from the graph, optionally only some complaints. */
async function directTotals(where = 'true', params: Record<string, unknown> = {}) {
  const [row] = await readRows(
    `MATCH (v:Victim)-[:FILED]->(c:Complaint) WHERE ${where}
     RETURN count(DISTINCT c) AS complaints, count(DISTINCT v) AS victims,
            sum(coalesce(c.amountInr, 0)) AS amountInr`,
    params,
  );
  return row as { complaints: number; victims: number; amountInr: number };
}

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

const totalsOf = (rows: PlaceRow[]) => ({
  complaints: rows.reduce((sum, row) => sum + row.complaints, 0),
  victims: rows.reduce((sum, row) => sum + row.victims, 0),
  amountInr: rows.reduce((sum, row) => sum + row.amountInr, 0),
});

beforeAll(async () => {
  seeded = await serveSmallSeed(database);
  analyst = await seeded.app.as('analyst');
  const [busiest] = await readRows(
    `MATCH (:Complaint)-[:REPORTS]->(s:SIM) RETURN s.circle AS circle, count(*) AS n ORDER BY n DESC LIMIT 1`,
  );
  circle = busiest!.circle as string;
  await testUsers(database).save(
    { username: 'geo-officer', password: TEST_PASSWORD, role: 'investigator', scope: [circle] },
    { username: 'test-setup', role: 'system' },
  );
  officer = clientFor(seeded.app.baseUrl, await logIn(seeded.app.baseUrl, 'geo-officer'));
  const [ring] = await readRows(
    'MATCH (r:Ring) WHERE r.complaintCount > 0 RETURN r.id AS id ORDER BY r.complaintCount DESC, r.id LIMIT 1',
  );
  ringId = ring!.id as string;
  await settleComplaints();
}, 180_000);

afterAll(() => seeded?.close());

describe('GET /api/geo/complaints', () => {
  it('counts every complaint of the graph once, by state, with its victims and money lost', async () => {
    const { status, body } = await analyst.get('/api/geo/complaints?by=state');
    expect(status).toBe(200);
    const rows = body as PlaceRow[];
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((row) => row.district === undefined)).toBe(true);
    const total = await directTotals();
    expect(total.complaints).toBeGreaterThan(0);
    expect(totalsOf(rows)).toEqual(total);
    // And state by state, most complaints first.
    for (const row of rows.slice(0, 3))
      expect(row).toEqual({
        state: row.state,
        ...(await directTotals('v.state = $state', { state: row.state })),
      });
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.complaints).toBeLessThanOrEqual(rows[i - 1]!.complaints);
  });

  it('counts by district with the same totals, each district once', async () => {
    const rows = (await analyst.get('/api/geo/complaints?by=district')).body as PlaceRow[];
    expect(totalsOf(rows)).toEqual(await directTotals());
    const places = rows.map((row) => `${row.state}|${row.district}`);
    expect(new Set(places).size).toBe(places.length);
    const top = rows[0]!;
    expect(top).toEqual({
      state: top.state,
      district: top.district,
      ...(await directTotals('v.state = $state AND v.district = $district', { ...top })),
    });
  });

  it("merges the portals' spellings of a district (Gurgaon, GURUGRAM) into one, keeping the totals", async () => {
    const before = (await analyst.get('/api/geo/complaints?by=district')).body as PlaceRow[];
    const gurugram = before.find((row) => row.district === 'Gurugram');
    expect(gurugram, 'the small seed has victims in Gurugram').toBeDefined();
    const victims = await readRows(
      "MATCH (v:Victim {state: 'Haryana', district: 'Gurugram'}) RETURN v.victimId AS id ORDER BY id",
    );
    expect(victims.length).toBeGreaterThan(1);
    // Written as an import would write them: with the complaints' new edition, so nothing counted before
    // is kept (server/editions/).
    const respell = (ids: unknown[], state: string, district: string) =>
      database
        .writeTx(async (tx) => {
          await tx.run(
            'MATCH (v:Victim) WHERE v.victimId IN $ids SET v.state = $state, v.district = $district',
            { ids, state, district },
          );
          await markComplaintsChanged(tx);
        })
        .then(settleComplaints);
    const half = victims.slice(0, Math.ceil(victims.length / 2)).map((v) => v.id);
    const rest = victims.slice(half.length).map((v) => v.id);
    await respell(half, 'haryana', 'Gurgaon');
    await respell(rest, 'Haryana ', 'GURUGRAM district');
    try {
      const after = (await analyst.get('/api/geo/complaints?by=district')).body as PlaceRow[];
      expect(after.filter((row) => row.state === 'Haryana' && /gur/i.test(row.district!))).toEqual([
        gurugram,
      ]);
      expect(after).toEqual(before);
    } finally {
      await respell([...half, ...rest], 'Haryana', 'Gurugram');
    }
  });

  it("shows a state police officer only the complaints naming a number of the officer's circles", async () => {
    const rows = (await officer.get('/api/geo/complaints?by=state')).body as PlaceRow[];
    const inScope = await directTotals('EXISTS { (c)-[:REPORTS]->(s:SIM) WHERE s.circle IN $circles }', {
      circles: [circle],
    });
    expect(totalsOf(rows)).toEqual(inScope);
    expect(inScope.complaints).toBeGreaterThan(0);
    expect(inScope.complaints).toBeLessThan((await directTotals()).complaints);
  });

  it("draws a ring's footprint: only the complaints against the ring's numbers", async () => {
    const rows = (await analyst.get(`/api/geo/complaints?by=district&ring=${ringId}`)).body as PlaceRow[];
    const against = await directTotals(
      'EXISTS { (:Ring {id: $ring})-[:INCLUDES]->(:Handset)<-[:USED_IN]-(s:SIM)<-[:REPORTS]-(c) }',
      { ring: ringId },
    );
    expect(against.complaints).toBeGreaterThan(0);
    expect(totalsOf(rows)).toEqual(against);
    const [stored] = await readRows('MATCH (r:Ring {id: $ring}) RETURN r.complaintCount AS n', {
      ring: ringId,
    });
    expect(against.complaints).toBe(stored!.n);
    expect(against.complaints).toBeLessThan((await directTotals()).complaints);

    // The officer sees the part of the footprint in their jurisdiction.
    const scoped = (await officer.get(`/api/geo/complaints?by=state&ring=${ringId}`)).body as PlaceRow[];
    expect(totalsOf(scoped)).toEqual(
      await directTotals(
        `EXISTS { (:Ring {id: $ring})-[:INCLUDES]->(:Handset)<-[:USED_IN]-(s:SIM)<-[:REPORTS]-(c) }
         AND EXISTS { (c)-[:REPORTS]->(s:SIM) WHERE s.circle IN $circles }`,
        { ring: ringId, circles: [circle] },
      ),
    );
  });

  it("counts a complaint an import brings at once, in the country and in the officer's circles", async () => {
    const [reported] = await readRows(
      'MATCH (s:SIM {circle: $circle}) RETURN s.msisdn AS msisdn ORDER BY msisdn LIMIT 1',
      { circle },
    );
    const before = totalsOf((await analyst.get('/api/geo/complaints?by=district')).body as PlaceRow[]);
    const officerBefore = totalsOf((await officer.get('/api/geo/complaints?by=district')).body as PlaceRow[]);
    const feed = mkdtempSync(path.join(tmpdir(), 'ringside-geo-feed-'));
    try {
      writeFileSync(
        path.join(feed, 'complaints.csv'),
        'ack_no,source,category,channel,reported_on,amount_inr,victim_id,state,district,suspect_msisdns\n' +
          `39912310000001,NCRP,INVESTMENT,CALL,2026-06-30,41000,VTESTGEO0001,Kerala,Wayanad,${reported!.msisdn}\n`,
      );
      const imported = await importFolder(database, feed);
      expect(imported.ok).toBe(true);
    } finally {
      rmSync(feed, { recursive: true, force: true });
    }
    // Counted at once, and again once the import has settled (then kept).
    const after = totalsOf((await analyst.get('/api/geo/complaints?by=district')).body as PlaceRow[]);
    expect(after).toEqual(await directTotals());
    await settleComplaints();
    for (let read = 0; read < 2; read++)
      expect(totalsOf((await analyst.get('/api/geo/complaints?by=district')).body as PlaceRow[])).toEqual(
        after,
      );
    expect(after).toEqual({
      complaints: before.complaints + 1,
      victims: before.victims + 1,
      amountInr: before.amountInr + 41000,
    });
    const officerAfter = totalsOf((await officer.get('/api/geo/complaints?by=district')).body as PlaceRow[]);
    expect(officerAfter.complaints).toBe(officerBefore.complaints + 1);
    const list = (await analyst.get('/api/geo/complaints/list?state=Kerala&district=Wayanad')).body;
    expect(list.complaints.map((c: { ackNo: string }) => c.ackNo)).toContain('39912310000001');
  });

  it('answers 404 for a ring that does not exist', async () => {
    const { status, body } = await analyst.get('/api/geo/complaints?by=state&ring=RING-000000000000000');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'NOT_FOUND', details: { ring: 'RING-000000000000000' } });
  });

  it.each([
    ['no by', '/api/geo/complaints', 'by'],
    ['an unknown by', '/api/geo/complaints?by=circle', 'by'],
    ['two bys', '/api/geo/complaints?by=state&by=district', 'by'],
    ['a malformed ring', '/api/geo/complaints?by=state&ring=42', 'ring'],
    ['a mistyped parameter', '/api/geo/complaints?by=state&rings=RING-000000000000000', 'query string'],
    ['dealers by state', '/api/geo/dealers?by=state', 'by'],
  ])('answers 400 naming the field for %s', async (_case, path, field) => {
    const { status, body } = await analyst.get(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('BAD_INPUT');
    expect(body.error.message).toMatch(/^Invalid query string/);
    expect(body.error.details.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: expect.stringContaining(field) })]),
    );
  });

  it('is for the roles that read the graph: the admin gets 403', async () => {
    const admin = await seeded!.app.as('admin');
    expect((await admin.get('/api/geo/complaints?by=state')).status).toBe(403);
    expect((await admin.get('/api/geo/dealers')).status).toBe(403);
    expect((await (await seeded!.app.as('dot')).get('/api/geo/complaints?by=state')).status).toBe(200);
  });
});

interface ComplaintList {
  state: string;
  district: string | null;
  total: number;
  truncated: boolean;
  complaints: { ackNo: string; id: string; reportedOn: string; amountInr: number; district: string }[];
}

describe('GET /api/geo/complaints/list', () => {
  it("lists a district's complaints newest first, as many as the map counts there, each a canvas node", async () => {
    const districts = (await analyst.get('/api/geo/complaints?by=district')).body as PlaceRow[];
    const top = districts[0]!;
    const { status, body } = await analyst.get(
      `/api/geo/complaints/list?state=${encodeURIComponent(top.state)}&district=${encodeURIComponent(top.district!)}`,
    );
    expect(status).toBe(200);
    const list = body as ComplaintList;
    const direct = await readRows(
      `MATCH (v:Victim {state: $state, district: $district})-[:FILED]->(c:Complaint)
       RETURN c.ackNo AS ackNo ORDER BY c.reportedOn DESC, c.ackNo`,
      { state: top.state, district: top.district },
    );
    expect(list).toMatchObject({ state: top.state, district: top.district, total: top.complaints });
    expect(list.complaints.map((c) => c.ackNo)).toEqual(direct.slice(0, 200).map((row) => row.ackNo));
    expect(list.truncated).toBe(direct.length > 200);
    expect(list.complaints.every((c) => c.id === `Complaint:${c.ackNo}`)).toBe(true);
  });

  it("lists a whole state's complaints, found under the portals' other spellings too", async () => {
    const victims = await readRows(
      "MATCH (v:Victim {state: 'Haryana', district: 'Gurugram'}) RETURN v.victimId AS id ORDER BY id LIMIT 1",
    );
    const path = '/api/geo/complaints/list?state=Haryana&district=Gurugram';
    const before = (await analyst.get(path)).body as ComplaintList;
    // As an import writes them, with the complaints' new edition.
    const respell = (state: string, district: string) =>
      database
        .writeTx(async (tx) => {
          await tx.run('MATCH (v:Victim {victimId: $id}) SET v.state = $state, v.district = $district', {
            id: victims[0]!.id,
            state,
            district,
          });
          await markComplaintsChanged(tx);
        })
        .then(settleComplaints);
    await respell('haryana', 'Gurgaon');
    try {
      const after = (await analyst.get(path)).body as ComplaintList;
      expect(after.total).toBe(before.total);
      expect(after.complaints.map((c) => c.ackNo).sort()).toEqual(
        before.complaints.map((c) => c.ackNo).sort(),
      );
    } finally {
      await respell('Haryana', 'Gurugram');
    }
    const state = (await analyst.get('/api/geo/complaints/list?state=Haryana')).body as ComplaintList;
    const [haryana] = await readRows(
      "MATCH (:Victim {state: 'Haryana'})-[:FILED]->(c:Complaint) RETURN count(c) AS n",
    );
    expect(state).toMatchObject({ state: 'Haryana', district: null, total: haryana!.n });
  });

  it("keeps to the officer's circles and to a ring's complaints", async () => {
    const rows = (await officer.get('/api/geo/complaints?by=district')).body as PlaceRow[];
    const place = rows[0]!;
    const query = `state=${encodeURIComponent(place.state)}&district=${encodeURIComponent(place.district!)}`;
    const scoped = (await officer.get(`/api/geo/complaints/list?${query}`)).body as ComplaintList;
    expect(scoped.total).toBe(place.complaints);
    const [outside] = await readRows(
      `MATCH (v:Victim {state: $state, district: $district})-[:FILED]->(c:Complaint)
       WHERE NOT EXISTS { (c)-[:REPORTS]->(s:SIM) WHERE s.circle IN $circles }
       RETURN collect(c.ackNo) AS ackNos`,
      { state: place.state, district: place.district, circles: [circle] },
    );
    const listed = new Set(scoped.complaints.map((c) => c.ackNo));
    expect((outside!.ackNos as string[]).filter((ackNo) => listed.has(ackNo))).toEqual([]);

    const footprint = (await analyst.get(`/api/geo/complaints?by=district&ring=${ringId}`))
      .body as PlaceRow[];
    const ringPlace = footprint[0]!;
    const ringList = (
      await analyst.get(
        `/api/geo/complaints/list?state=${encodeURIComponent(ringPlace.state)}&district=${encodeURIComponent(ringPlace.district!)}&ring=${ringId}`,
      )
    ).body as ComplaintList;
    expect(ringList.total).toBe(ringPlace.complaints);
    expect(ringList.complaints).toHaveLength(Math.min(ringPlace.complaints, 200));
  });

  it('answers 400 without a state, 404 for an unknown ring, 403 for the admin', async () => {
    expect((await analyst.get('/api/geo/complaints/list?district=Gurugram')).status).toBe(400);
    expect(
      (await analyst.get('/api/geo/complaints/list?state=Haryana&ring=RING-000000000000000')).status,
    ).toBe(404);
    const admin = await seeded!.app.as('admin');
    expect((await admin.get('/api/geo/complaints/list?state=Haryana')).status).toBe(403);
  });
});

interface CircleRow {
  circle: string;
  suspects: number;
  flagged: number;
  blacklisted: number;
  highRisk: number;
  dealers: { posId: string; status: string; score: number | null }[];
}

describe('GET /api/geo/dealers', () => {
  /** Suspect dealers per circle counted directly: flagged, blacklisted or scoring 40 or more. */
  async function directDealers(where = 'true', params: Record<string, unknown> = {}) {
    const rows = await readRows(
      `MATCH (d:Dealer)
       WHERE (d.status IN ['flagged', 'blacklisted'] OR d.riskScore >= 40) AND ${where}
       RETURN d.circle AS circle, count(*) AS suspects,
              count(CASE WHEN d.status = 'flagged' THEN 1 END) AS flagged,
              count(CASE WHEN d.status = 'blacklisted' THEN 1 END) AS blacklisted,
              count(CASE WHEN d.riskScore >= 40 THEN 1 END) AS highRisk
       ORDER BY circle`,
      params,
    );
    return rows as Omit<CircleRow, 'dealers'>[];
  }

  const counts = (rows: CircleRow[]) =>
    rows.map(({ dealers: _dealers, ...count }) => count).sort((a, b) => a.circle.localeCompare(b.circle));

  it('counts flagged, blacklisted and high-risk dealers per circle, as the graph has them', async () => {
    // One dealer flagged and one blacklisted, as the workflow leaves them.
    const [honest, other] = await readRows(
      'MATCH (d:Dealer) WHERE d.riskScore < 40 RETURN d.posId AS posId ORDER BY d.riskScore, posId LIMIT 2',
    );
    await database.writeTx(async (tx) => {
      await tx.run("MATCH (d:Dealer {posId: $posId}) SET d.status = 'flagged'", { posId: honest!.posId });
      await tx.run("MATCH (d:Dealer {posId: $posId}) SET d.status = 'blacklisted'", { posId: other!.posId });
    });
    const { status, body } = await analyst.get('/api/geo/dealers?by=circle');
    expect(status).toBe(200);
    const rows = body as CircleRow[];
    const direct = await directDealers();
    expect(direct.reduce((sum, row) => sum + row.flagged + row.blacklisted, 0)).toBeGreaterThanOrEqual(2);
    expect(direct.reduce((sum, row) => sum + row.highRisk, 0)).toBeGreaterThan(0);
    expect(counts(rows)).toEqual(direct);
    for (const row of rows) {
      expect(row.dealers.length).toBe(Math.min(row.suspects, 20));
      for (let i = 1; i < row.dealers.length; i++)
        expect(row.dealers[i]!.score ?? 0).toBeLessThanOrEqual(row.dealers[i - 1]!.score ?? 0);
    }
    expect(rows.flatMap((row) => row.dealers.map((d) => d.posId))).toEqual(
      expect.arrayContaining([honest!.posId, other!.posId]),
    );
    // Without a parameter, by circle too.
    expect((await analyst.get('/api/geo/dealers')).body).toEqual(rows);
  });

  it("keeps a state police officer to the officer's circles", async () => {
    const rows = (await officer.get('/api/geo/dealers')).body as CircleRow[];
    expect(counts(rows)).toEqual(await directDealers('d.circle = $circle', { circle }));
    expect(rows.every((row) => row.circle === circle)).toBe(true);
  });

  it("draws a ring's suppliers: the dealers that sold a tenth of its numbers or more", async () => {
    const rows = (await analyst.get(`/api/geo/dealers?ring=${ringId}`)).body as CircleRow[];
    const [ring] = await readRows('MATCH (r:Ring {id: $ring}) RETURN r.dealers AS dealers', { ring: ringId });
    const suppliers = ring!.dealers as string[];
    expect(suppliers.length).toBeGreaterThan(0);
    expect(counts(rows)).toEqual(await directDealers('d.posId IN $suppliers', { suppliers }));
    expect(rows.flatMap((row) => row.dealers.map((d) => d.posId)).every((p) => suppliers.includes(p))).toBe(
      true,
    );
    expect((await analyst.get('/api/geo/dealers?ring=RING-000000000000000')).status).toBe(404);
  });
});
