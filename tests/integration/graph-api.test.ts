// The investigation API as the explorer uses it, on the small seed: search, node details, expand, path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openTestDatabase,
  serveSmallSeed,
  type GroundTruth,
  type RunningApp,
  type SeededApp,
} from './helpers.ts';

const database = openTestDatabase();
let seeded: SeededApp | undefined;
let app: RunningApp;
let truth: GroundTruth;

const get = async (url: string) => (await app.as('investigator')).get(url);
const post = async (url: string, body: unknown) => (await app.as('investigator')).post(url, body);

async function countNumbersOn(imei: string): Promise<number> {
  const result = await database.readTx((tx) =>
    tx.run('MATCH (:Handset {imei: $imei})<-[r:USED_IN]-() RETURN count(r) AS n', { imei }),
  );
  return result.records[0]!.get('n');
}

beforeAll(async () => {
  seeded = await serveSmallSeed(database);
  ({ app, truth } = seeded);
}, 180_000);

afterAll(() => seeded?.close());

describe('GET /api/search', () => {
  it('finds a farm handset by its IMEI, and by its IMEI without the check digit', async () => {
    const imei = truth.rings[0]!.handsets[0]!;
    for (const q of [imei, imei.slice(0, 14)]) {
      const { status, body } = await get(`/api/search?q=${q}`);
      expect(status).toBe(200);
      expect(body.results[0]).toMatchObject({ id: `Handset:${imei}`, label: 'Handset', match: 'key' });
    }
  });

  it('finds a number written as +91 98xxx xxxxx, or with a leading 0', async () => {
    const msisdn = truth.rings[1]!.numbers[3]!;
    const spaced = `+91 ${msisdn.slice(0, 5)} ${msisdn.slice(5)}`;
    for (const q of [spaced, `0${msisdn}`]) {
      const { body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(body.results[0]).toMatchObject({ id: `SIM:${msisdn}`, caption: msisdn });
    }
  });

  it('finds a dealer by id and identities by the start of a name', async () => {
    const posId = truth.rogueDealers[0]!;
    expect((await get(`/api/search?q=${posId}`)).body.results[0]).toMatchObject({ id: `Dealer:${posId}` });

    const { body } = await get(`/api/search?q=${encodeURIComponent('suni shar')}`);
    expect(body.results.length).toBeGreaterThan(0);
    for (const result of body.results) {
      expect(result.match).toBe('name');
      expect(result.caption).toMatch(/^Suni\w* Shar/i);
    }
  });

  it('treats Lucene syntax in the text as plain characters, and refuses an empty query', async () => {
    expect((await get(`/api/search?q=${encodeURIComponent('name:(a OR b) ~*')}`)).status).toBe(200);
    const empty = await get('/api/search?q=%20');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('q');
  });
});

describe('GET /api/nodes/:label/:key', () => {
  it('gives a handset with its neighbours counted by type, without fetching them', async () => {
    const imei = truth.rings[0]!.handsets[0]!;
    const { status, body } = await get(`/api/nodes/Handset/${imei}`);
    expect(status).toBe(200);
    expect(body.node.data).toMatchObject({ id: `Handset:${imei}`, imei, status: 'active' });
    expect(body.neighbours).toEqual([
      { type: 'USED_IN', direction: 'in', label: 'SIM', count: await countNumbersOn(imei) },
    ]);
  });

  it('answers 400 for an unknown label or a malformed key, 404 for a node not in the graph', async () => {
    const unknownLabel = await get('/api/nodes/Person/123');
    expect(unknownLabel.status).toBe(400);
    expect(unknownLabel.body.error.message).toContain('unknown label "Person"');
    const badImei = await get('/api/nodes/Handset/123456789012345');
    expect(badImei.status).toBe(400);
    expect(badImei.body.error.message).toMatch(/not a valid Handset imei: check digit/);
    const absent = await get('/api/nodes/SIM/9999999999');
    expect(absent.status).toBe(404);
    expect(absent.body.error.details).toEqual({ node: 'SIM:9999999999' });
  });
});

describe('POST /api/graph/expand', () => {
  const biggestFarmHandset = async () => {
    const handsets = truth.rings.flatMap((ring) => ring.handsets);
    const counts = await Promise.all(handsets.map(countNumbersOn));
    const most = Math.max(...counts);
    return { imei: handsets[counts.indexOf(most)]!, total: most };
  };

  it('returns at most the limit for the biggest farm handset, reported numbers first, and the true total', async () => {
    const { imei, total } = await biggestFarmHandset();
    const { status, body } = await post('/api/graph/expand', {
      nodes: [{ label: 'Handset', key: imei }],
      limit: 20,
    });
    expect(status).toBe(200);
    expect(body.edges).toHaveLength(20);
    expect(body.nodes).toHaveLength(21);
    expect(body.truncated).toEqual([{ node: `Handset:${imei}`, shown: 20, total }]);
    for (const edge of body.edges)
      expect(edge.data).toMatchObject({ type: 'USED_IN', target: `Handset:${imei}` });

    const reported = await database.readTx((tx) =>
      tx.run('MATCH (:Handset {imei: $imei})<-[:USED_IN]-(s)<-[:REPORTS]-() RETURN count(DISTINCT s) AS n', {
        imei,
      }),
    );
    const reportedCount = Math.min(20, reported.records[0]!.get('n'));
    const firstNumbers = body.edges
      .slice(0, reportedCount)
      .map((edge: { data: { source: string } }) => edge.data.source);
    for (const id of firstNumbers) {
      const details = await get(`/api/nodes/SIM/${id.slice(4)}`);
      expect(details.body.neighbours.some((n: { type: string }) => n.type === 'REPORTS')).toBe(true);
    }
  });

  it('pages on with offset, without repeating a neighbour', async () => {
    const { imei } = await biggestFarmHandset();
    const page = (offset: number) =>
      post('/api/graph/expand', { nodes: [{ label: 'Handset', key: imei }], limit: 15, offset });
    const [first, second] = await Promise.all([page(0), page(15)]);
    const ids = (result: typeof first) =>
      result.body.edges.map((edge: { data: { id: string } }) => edge.data.id);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(30);
    expect(second.body.truncated[0].shown).toBe(30);
  });

  it('expands only the relationship types asked for', async () => {
    const msisdn = truth.rings[0]!.numbers[0]!;
    const { body } = await post('/api/graph/expand', {
      nodes: [{ label: 'SIM', key: msisdn }],
      types: ['ISSUED_BY'],
    });
    expect(body.edges.map((edge: { data: { type: string } }) => edge.data.type)).toEqual(['ISSUED_BY']);
    expect(body.truncated).toEqual([]);
  });

  it('refuses a limit above the maximum, an unknown type, and an unknown node', async () => {
    const imei = truth.rings[0]!.handsets[0]!;
    const tooMany = await post('/api/graph/expand', { nodes: [{ label: 'Handset', key: imei }], limit: 501 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details.problems[0].field).toBe('limit');
    const badType = await post('/api/graph/expand', {
      nodes: [{ label: 'Handset', key: imei }],
      types: ['KNOWS'],
    });
    expect(badType.status).toBe(400);
    const absent = await post('/api/graph/expand', { nodes: [{ label: 'Dealer', key: 'NO-SUCH-DEALER' }] });
    expect(absent.status).toBe(404);
  });
});

describe('neighbour groups of a supernode, and expanding one group', () => {
  /** The dealer that sold the most SIMs: a rogue shop, with hundreds. */
  const busiestDealer = async () => {
    const [row] = await database.readTx(
      async (tx) =>
        (
          await tx.run(
            `MATCH (d:Dealer)<-[r:ISSUED_BY]-() WITH d, count(r) AS sims
             RETURN d.posId AS posId, sims ORDER BY sims DESC, posId LIMIT 1`,
          )
        ).records,
    );
    return { posId: row!.get('posId') as string, sims: row!.get('sims') as number };
  };

  it("counts a dealer's SIMs by month of activation, each count as the graph has it", async () => {
    const { posId, sims } = await busiestDealer();
    const { status, body } = await get(`/api/graph/nodes/Dealer/${posId}/neighbour-groups`);
    expect(status).toBe(200);
    expect(body.node).toBe(`Dealer:${posId}`);
    const direct = await database.readTx(async (tx) =>
      (
        await tx.run(
          `MATCH (:Dealer {posId: $posId})<-[r:ISSUED_BY]-(s:SIM)
           RETURN substring(toString(s.activatedOn), 0, 7) AS value, count(r) AS count`,
          { posId },
        )
      ).records.map((record) => ({
        kind: 'SIM',
        property: 'activatedMonth',
        ...(record.toObject() as { value: string; count: number }),
      })),
    );
    const byValue = (a: { value: string }, b: { value: string }) => a.value.localeCompare(b.value);
    expect([...body.groups].sort(byValue)).toEqual(direct.sort(byValue));
    expect(body.groups.reduce((sum: number, group: { count: number }) => sum + group.count, 0)).toBe(sims);
    // Biggest first.
    const counts = body.groups.map((group: { count: number }) => group.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("counts a farm handset's numbers by operator", async () => {
    const imei = truth.rings[0]!.handsets[0]!;
    const { body } = await get(`/api/graph/nodes/Handset/${imei}/neighbour-groups?types=USED_IN`);
    const direct = await database.readTx(async (tx) =>
      (
        await tx.run(
          `MATCH (:Handset {imei: $imei})<-[r:USED_IN]-(s:SIM) RETURN s.operator AS value, count(r) AS count`,
          { imei },
        )
      ).records.map((record) => record.toObject()),
    );
    expect(
      body.groups.map(({ value, count }: { value: string; count: number }) => ({ value, count })),
    ).toEqual(expect.arrayContaining(direct));
    expect(body.groups).toHaveLength(direct.length);
    expect(body.groups.every((group: { property: string }) => group.property === 'operator')).toBe(true);
  });

  it("expands one group: only its members, paged, with the group's count as the total", async () => {
    const { posId } = await busiestDealer();
    const { body: grouped } = await get(`/api/graph/nodes/Dealer/${posId}/neighbour-groups`);
    const biggest = grouped.groups[0] as { kind: string; property: string; value: string; count: number };
    const group = { kind: biggest.kind, property: biggest.property, value: biggest.value };
    const page = (offset: number) =>
      post('/api/graph/expand', { nodes: [{ label: 'Dealer', key: posId }], limit: 5, offset, group });
    const [first, second] = await Promise.all([page(0), page(5)]);
    expect(first.status).toBe(200);
    const members = [...first.body.nodes, ...second.body.nodes].filter(
      (node: { data: { label: string } }) => node.data.label === 'SIM',
    );
    expect(new Set(members.map((node: { data: { id: string } }) => node.data.id)).size).toBe(
      Math.min(10, biggest.count),
    );
    for (const node of members) expect(String(node.data.activatedOn).slice(0, 7)).toBe(biggest.value);
    if (biggest.count > 5)
      expect(first.body.truncated).toEqual([{ node: `Dealer:${posId}`, shown: 5, total: biggest.count }]);
  });

  it('refuses a group of several nodes or on a property not in the whitelist, and 404s an absent node', async () => {
    const { posId } = await busiestDealer();
    const group = { kind: 'SIM', property: 'activatedMonth', value: '2024-01' };
    const two = await post('/api/graph/expand', {
      nodes: [
        { label: 'Dealer', key: posId },
        { label: 'SIM', key: truth.rings[0]!.numbers[0]! },
      ],
      group,
    });
    expect(two.status).toBe(400);
    const secret = await post('/api/graph/expand', {
      nodes: [{ label: 'Dealer', key: posId }],
      group: { ...group, property: 'passwordHash' },
    });
    expect(secret.status).toBe(400);
    expect(secret.body.error.details.field).toBe('group.property');
    expect((await get('/api/graph/nodes/Dealer/NO-SUCH-DEALER/neighbour-groups')).status).toBe(404);
    expect((await get(`/api/graph/nodes/Dealer/${posId}/neighbour-groups?types=KNOWS`)).status).toBe(400);
  });
});

describe('GET /api/graph/path', () => {
  it('connects two numbers of one farm within six hops, in path order', async () => {
    const ring = truth.rings[2]!;
    const [from, to] = [ring.numbers[0]!, ring.numbers.at(-1)!];
    const { status, body } = await get(`/api/graph/path?from=SIM:${from}&to=SIM:${to}`);
    expect(status).toBe(200);
    expect(body.length).toBeLessThanOrEqual(6);
    expect(body.nodes[0].data.id).toBe(`SIM:${from}`);
    expect(body.nodes.at(-1).data.id).toBe(`SIM:${to}`);
    expect(body.edges).toHaveLength(body.length);
  });

  it('answers 404 when no path is that short, and 400 for maxHops above 10 or one node twice', async () => {
    const [a, b] = [truth.rings[0]!.numbers[0]!, truth.rings[5]!.numbers[0]!];
    const none = await get(`/api/graph/path?from=SIM:${a}&to=SIM:${b}&maxHops=1`);
    expect(none.status).toBe(404);
    expect(none.body.error.message).toContain('No path of at most 1 hops');
    const far = await get(`/api/graph/path?from=SIM:${a}&to=SIM:${b}&maxHops=11`);
    expect(far.status).toBe(400);
    expect(far.body.error.message).toContain('maxHops');
    expect((await get(`/api/graph/path?from=SIM:${a}&to=SIM:${a}`)).status).toBe(400);
    expect((await get(`/api/graph/path?from=${a}&to=SIM:${b}`)).status).toBe(400);
  });
});

describe('elements the canvas takes as they are', () => {
  it("expands a reported number to its complaint as a node (group nodes, the complaint's source as sourceProperty) and marks the number", async () => {
    const record = (
      await database.readTx((tx) =>
        tx.run(
          `MATCH (c:Complaint)-[:REPORTS]->(s:SIM)
           WITH s, count(c) AS complaints, sum(c.amountInr) AS lost, collect(c.ackNo)[0] AS ackNo
           RETURN s.msisdn AS msisdn, complaints, lost, ackNo ORDER BY msisdn LIMIT 1`,
        ),
      )
    ).records[0]!;
    const { status, body } = await post('/api/graph/expand', {
      nodes: [{ label: 'SIM', key: record.get('msisdn') }],
      types: ['REPORTS'],
    });
    expect(status).toBe(200);
    const complaint = body.nodes.find(
      (node: { data: { id: string } }) => node.data.id === `Complaint:${record.get('ackNo')}`,
    );
    expect(complaint.group).toBe('nodes');
    expect(complaint.data.source).toBeUndefined();
    expect(['NCRP', 'CHAKSHU']).toContain(complaint.data.sourceProperty);
    expect(body.edges.every((edge: { group: string }) => edge.group === 'edges')).toBe(true);
    const number = body.nodes.find(
      (node: { data: { id: string } }) => node.data.id === `SIM:${record.get('msisdn')}`,
    );
    expect(number.data).toMatchObject({
      complaints: record.get('complaints'),
      amountLostInr: record.get('lost'),
    });
  });
});

describe('what was looked at, in the audit trail', () => {
  it('records a search with its text and an identity view with its target', async () => {
    const identity = truth.rings[0]!.identities[0]!;
    await get('/api/search?q=qwertyuiop');
    await get(`/api/nodes/Identity/${identity}`);
    const admin = await app.as('admin');
    const searches = await admin.get('/api/audit?action=graph.search&actor=investigator');
    expect(searches.body.events[0]).toMatchObject({
      target: 'Search',
      details: { q: 'qwertyuiop', results: 0 },
    });
    const views = await admin.get('/api/audit?action=identity.view&actor=investigator');
    expect(views.body.events[0]).toMatchObject({ target: `Identity:${identity}` });
  });
});
