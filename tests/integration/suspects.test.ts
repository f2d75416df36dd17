// Ranked suspect handsets on the small seed, scored as after an import: the planted farms rank above
// every innocent look-alike, and the look-alikes say what they are; the farms' numbers graded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyseDelta } from '../../server/analysis/analyse-delta.ts';
import { readStoredResults } from '../../server/analysis/stored-results.ts';
import { suspectNumbers } from '../../server/analysis/suspects.ts';
import { readDeltaScope } from '../../server/ingest/delta-scope.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import {
  clientFor,
  logIn,
  openTestDatabase,
  runScript,
  serveSmallSeed,
  testUsers,
  TEST_PASSWORD,
  type GroundTruth,
  type RunningApp,
  type SeededApp,
} from './helpers.ts';

const database = openTestDatabase();
let seeded: SeededApp | undefined;
let app: RunningApp;
let truth: GroundTruth;

interface Suspect {
  imei: string;
  score: number;
  reasons: string[];
  caution: { kind: string; message: string } | null;
}

const get = async (path: string) => (await app.as('analyst')).get(path);

async function suspects(limit: number): Promise<Suspect[]> {
  const response = await get(`/api/suspects/handsets?limit=${limit}`);
  expect(response.status).toBe(200);
  return response.body.handsets;
}

beforeAll(async () => {
  seeded = await serveSmallSeed(database);
  ({ app, truth } = seeded);
}, 180_000);

afterAll(() => seeded?.close());

describe('GET /api/suspects/handsets', () => {
  it('ranks every planted farm handset above every decoy, each with its reasons', async () => {
    const farmHandsets = new Set(truth.rings.flatMap((ring) => ring.handsets));
    const ranked = await suspects(1000);
    const top = ranked.slice(0, farmHandsets.size);
    expect(top.filter((suspect) => !farmHandsets.has(suspect.imei))).toEqual([]);
    for (const suspect of top) {
      expect(suspect.reasons.length).toBeGreaterThan(0);
      expect(suspect.caution).toBeNull();
    }
    expect(top[0]!.reasons[0]).toMatch(/numbers were used here for a short time and dropped/);
  });

  it('lists no look-alike: a handset with no reason worth an officer’s time is scored but not listed', async () => {
    const ranked = await suspects(1000);
    const decoys = new Set(
      Object.values(truth.decoys).flatMap((list) => (list as { imei?: string }[]).map((decoy) => decoy.imei)),
    );
    expect(ranked.filter((suspect) => decoys.has(suspect.imei))).toEqual([]);
    expect(Math.min(...ranked.map((suspect) => suspect.score))).toBeGreaterThanOrEqual(10);
  });

  it('marks the cloned IMEIs and the dealers test phones with a caution that says why, on their details', async () => {
    const cautionOf = async (imei: string) => {
      const response = await get(`/api/nodes/Handset/${imei}`);
      expect(response.status).toBe(200);
      const { data } = response.body.node;
      return { kind: data.caution, message: data.cautionMessage };
    };
    for (const { imei } of truth.decoys.clonedImeis) {
      expect(await cautionOf(imei)).toMatchObject({
        kind: 'cloned_imei',
        message: expect.stringContaining('innocent'),
      });
    }
    const testPhones = truth.decoys.dealerTestPhones.filter(({ numbers }) => numbers >= 10);
    expect(testPhones.length).toBeGreaterThan(0);
    for (const { imei } of testPhones) expect((await cautionOf(imei)).kind).toBe('dealer_test_phone');
  });

  it('ranks the rogue dealers first: at least 90% of the top ones are planted, each with its reasons', async () => {
    const response = await get(`/api/suspects/dealers?limit=${truth.rogueDealers.length}`);
    const { dealers } = response.body as {
      dealers: { posId: string; score: number; reasons: string[] }[];
    };
    const rogue = new Set(truth.rogueDealers);
    expect(dealers).toHaveLength(rogue.size);
    expect(dealers.filter((dealer) => rogue.has(dealer.posId)).length / rogue.size).toBeGreaterThanOrEqual(
      0.9,
    );
    expect(dealers[0]!.reasons.join(' ')).toMatch(/% of the \d+ numbers it sold went into suspect handsets/);
  });

  it('npm run eval scores the ranking against the ground truth, beside the naive one', async () => {
    const run = await runScript('eval', [seeded!.dir], { ...process.env, NEO4J_URI: inject('neo4jUri') });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('first-wave world: 12 farms with 200 handsets');
    expect(run.stdout).toMatch(/\| handset precision at K \(K = 200\) \| 1\.000 \| 0\.\d{3} \|/);
    expect(run.stdout).toMatch(/\| look-alikes in the top K \| 0 \| [1-9]\d* \(/);
    expect(run.stdout).toMatch(/\| dealer precision at D \(D = \d+\) \| (0\.9\d\d|1\.000) \|/);
    expect(run.stdout).toMatch(/\| ring recall \| 1\.000 \(12 rings\) \| - \|/);
  }, 60_000);

  it('npm run analyse recomputes the stored rings on demand', async () => {
    await database.writeTx((tx) => tx.run('MATCH (ring:Ring) DETACH DELETE ring'));
    const before = (await get(`/api/rings`)).body as { rings: unknown[] };
    expect(before.rings).toHaveLength(0);

    const run = await runScript('analyse', [], { ...process.env, NEO4J_URI: inject('neo4jUri') });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\d+ handsets and \d+ dealers scored, 12 rings found/);
    const after = (await get(`/api/rings`)).body as { rings: unknown[] };
    expect(after.rings).toHaveLength(truth.rings.length);
  }, 60_000);

  it('reports one ring per planted farm, supplied by planted rogue dealers, with its evidence', async () => {
    const { rings } = (await get(`/api/rings?limit=100`)).body as {
      rings: {
        id: string;
        handsetCount: number;
        complaintCount: number;
        amountLost: number;
        dealers: string[];
      }[];
    };
    expect(rings).toHaveLength(truth.rings.length);
    const rogue = new Set(truth.rogueDealers);
    for (const ring of rings) {
      expect(ring.dealers.length).toBeGreaterThan(0);
      expect(ring.dealers.every((posId) => rogue.has(posId))).toBe(true);
    }
    for (let i = 1; i < rings.length; i++)
      expect(rings[i]!.amountLost).toBeLessThanOrEqual(rings[i - 1]!.amountLost);

    const planted = truth.rings[0]!;
    const id = `RING-${[...planted.handsets].sort()[0]}`;
    const response = await get(`/api/rings/${id}`);
    expect(response.status).toBe(200);
    const ring = response.body;
    expect(ring.handsets.map((handset: { imei: string }) => handset.imei).sort()).toEqual(
      [...planted.handsets].sort(),
    );
    expect(ring.complaintCount).toBe(planted.complaints.length);
  });

  it('answers 404 for an unknown ring and 400 for a malformed ring id', async () => {
    expect((await get(`/api/rings/RING-000000000000000`)).status).toBe(404);
    const malformed = await get(`/api/rings/ring42`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain('RING-<IMEI>');
  });

  it('refuses a limit above 1000', async () => {
    const response = await get(`/api/suspects/handsets?limit=5000`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('limit');
  });
});

interface GradedNumber {
  id: string;
  msisdn: string;
  circle: string;
  grade: 'very_high' | 'high' | 'medium';
  reasons: string[];
}

/** Every reason a grade can give: none names a person, so masking has nothing to hide in them. */
const GRADE_REASON =
  /^(Used in handset \d{15}, risk \d+ of 100|Used in \d+ more suspect handsets?|Reported by (a victim|victims) in \d+ complaints?|Its identity holds \d+ other numbers? used in suspect handsets)$/;
const SEVERITY = ['very_high', 'high', 'medium'];

async function graded(query: string): Promise<GradedNumber[]> {
  const response = await get(`/api/suspects/numbers${query}`);
  expect(response.status).toBe(200);
  return response.body.numbers;
}

describe('GET /api/suspects/numbers', () => {
  it('grades the numbers of planted farm handsets very high, naming the handset and its risk', async () => {
    const farmNumbers = new Set(truth.rings.flatMap((ring) => ring.numbers));
    const numbers = await graded('?grade=very_high&limit=1000');
    expect(numbers).toHaveLength(1000);
    for (const number of numbers) {
      expect(number.grade).toBe('very_high');
      expect(farmNumbers.has(number.msisdn)).toBe(true);
      expect(number.reasons[0]).toMatch(/^Used in handset \d{15}, risk \d+ of 100$/);
      for (const reason of number.reasons) expect(reason).toMatch(GRADE_REASON);
    }
    // The numbers of the riskiest handsets first.
    const risks = numbers.map((number) => Number(/risk (\d+) of 100/.exec(number.reasons[0]!)![1]));
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
  });

  it('lists every graded number once, under the grade its details show', async () => {
    const listed = await suspectNumbers(database, undefined, 1_000_000);
    const { numbers: graded } = await readStoredResults(database);
    expect(listed.length).toBeGreaterThan(1000);
    expect(new Set(listed.map((number) => number.msisdn)).size).toBe(listed.length);
    expect(
      listed
        .map(({ msisdn, grade, reasons }) => ({ msisdn, grade, reasons }))
        .sort((a, b) => a.msisdn.localeCompare(b.msisdn)),
    ).toEqual(graded);
  });

  it('lists the most severe grade first when no grade is asked for', async () => {
    const all = await graded('?limit=1000');
    const ranks = all.map((number) => SEVERITY.indexOf(number.grade));
    expect(ranks[0]).toBe(0);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Numbers of weaker suspect handsets (40 to 69), if the world has any, are high.
    for (const number of await graded('?grade=high&limit=50'))
      expect(number.reasons[0]).toMatch(/^(Used in handset \d{15}, risk [4-6]\d of 100|Reported by)/);
  });

  it('answers 400 naming the grade for a grade that is not on the scale', async () => {
    const response = await get('/api/suspects/numbers?grade=extreme');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('grade'),
      details: { problems: [expect.objectContaining({ field: 'grade' })] },
    });
  });

  it("shows a state police officer only the numbers of the officer's circles", async () => {
    const circle = truth.rings[0]!.circle;
    await testUsers(database).save(
      { username: 'grades-officer', password: TEST_PASSWORD, role: 'investigator', scope: [circle] },
      { username: 'test-setup', role: 'system' },
    );
    const officer = clientFor(app.baseUrl, await logIn(app.baseUrl, 'grades-officer'));
    const response = await officer.get('/api/suspects/numbers?limit=1000');
    expect(response.status).toBe(200);
    const numbers = response.body.numbers as GradedNumber[];
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.filter((number) => number.circle !== circle)).toEqual([]);
    expect((await officer.get('/api/suspects/numbers?scope=all')).status).toBe(403);
  });

  it("shows a graded number's grade and reasons on its node details", async () => {
    const [number] = await graded('?grade=very_high&limit=1');
    const details = await get(`/api/nodes/SIM/${number!.msisdn}`);
    expect(details.status).toBe(200);
    expect(details.body.node.data).toMatchObject({
      id: number!.id,
      riskGrade: 'very_high',
      riskGradeReasons: number!.reasons,
    });
  });

  // Last: the feed changes the graph the tests above read.
  it('grades a new number of a farm identity medium after a delta, and high when a victim reports it', async () => {
    const [farm] = await database.readTx(async (tx) =>
      (
        await tx.run(
          `MATCH (d:Dealer)<-[:ISSUED_BY]-(s:SIM {msisdn: $msisdn})-[:REGISTERED_TO]->(i:Identity)
           RETURN s.operator AS operator, s.circle AS circle, d.posId AS posId, i.kycId AS kycId`,
          { msisdn: truth.rings[0]!.numbers[0] },
        )
      ).records.map((record) => record.toObject()),
    );
    const [quiet, reported] = ['9999900001', '9999900002'];
    const feed = mkdtempSync(path.join(tmpdir(), 'ringside-grades-'));
    try {
      const sim = (msisdn: string) =>
        `${msisdn},${farm!.operator},${farm!.circle},2026-07-01,${farm!.posId},${farm!.kycId},active`;
      writeFileSync(
        path.join(feed, 'sims.csv'),
        `msisdn,operator,circle,activated_on,pos_id,kyc_id,status\n${sim(quiet!)}\n${sim(reported!)}\n`,
      );
      writeFileSync(
        path.join(feed, 'complaints.csv'),
        'ack_no,source,category,channel,reported_on,amount_inr,victim_id,state,district,suspect_msisdns\n' +
          `32607020000099,NCRP,INVESTMENT,CALL,2026-07-02,25000,VTESTGRADE0001,Delhi,New Delhi,${reported}\n`,
      );
      const imported = await importFolder(database, feed);
      expect(imported.ok, JSON.stringify(!imported.ok && imported.errors.slice(0, 3))).toBe(true);
      await analyseDelta(database, await readDeltaScope(feed));
    } finally {
      rmSync(feed, { recursive: true, force: true });
    }
    const identity = /^Its identity holds \d+ other numbers? used in suspect handsets$/;
    const quietDetails = (await get(`/api/nodes/SIM/${quiet}`)).body.node.data;
    expect(quietDetails).toMatchObject({
      riskGrade: 'medium',
      riskGradeReasons: [expect.stringMatching(identity)],
    });
    const reportedDetails = (await get(`/api/nodes/SIM/${reported}`)).body.node.data;
    expect(reportedDetails).toMatchObject({
      riskGrade: 'high',
      riskGradeReasons: ['Reported by a victim in 1 complaint', expect.stringMatching(identity)],
    });
    const medium = await graded('?grade=medium');
    expect(medium.map((number) => number.msisdn)).toContain(quiet);
  });
});
