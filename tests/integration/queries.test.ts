// The saved query library and read-only ad-hoc Cypher on the small seed, as analysts use them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedQueries } from '../../server/queries/saved-queries.ts';
import {
  openTestDatabase,
  serveApp,
  serveSmallSeed,
  type ApiClient,
  type RunningApp,
  type SeededApp,
} from './helpers.ts';

const database = openTestDatabase();
let seeded: SeededApp | undefined;
let limited: RunningApp | undefined;
let analyst: ApiClient;
let investigator: ApiClient;

beforeAll(async () => {
  seeded = await serveSmallSeed(database);
  analyst = await seeded.app.as('analyst');
  investigator = await seeded.app.as('investigator');
  // The same database behind an app with a short timeout and a small row cap.
  limited = await serveApp(database, { queryLimits: { timeoutMs: 1_000, maxRows: 10 } });
}, 180_000);

afterAll(async () => {
  await limited?.close();
  await seeded?.close();
});

/** Nodes other than audit events (each run, refused or not, adds one of those). */
const nodeCount = async () =>
  (
    await database.readTx((tx) => tx.run('MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n'))
  ).records[0]!.get('n') as number;

describe('GET /api/queries', () => {
  it('lists every saved query for analysts, with a parameter schema a form can be built from', async () => {
    const { status, body } = await analyst.get('/api/queries');
    expect(status).toBe(200);
    expect(body.queries).toHaveLength(savedQueries().size);
    const mostNumbers = body.queries.find(
      (query: { name: string }) => query.name === 'handsets-most-numbers',
    );
    expect(mostNumbers).toMatchObject({
      title: 'Handsets used with the most numbers',
      resultKind: 'table',
      parameters: [
        { name: 'from', type: 'date', default: '2024-01-01', required: false },
        { name: 'to', type: 'date', default: '2026-06-30', required: false },
        { name: 'limit', type: 'int', default: 50, min: 1, max: 1000, required: false },
      ],
    });
  });

  it('lists for investigators only the queries marked for them', async () => {
    const { body } = await investigator.get('/api/queries');
    const names = body.queries.map((query: { name: string }) => query.name);
    expect(names).toContain('ring-around-number');
    expect(names).not.toContain('activation-bursts');
    const refused = await investigator.post('/api/queries/activation-bursts/run', {});
    expect(refused.status).toBe(403);
  });
});

describe('POST /api/queries/:name/run', () => {
  it.each([...savedQueries().values()].map((query) => [query.name, query] as const))(
    '%s runs with its defaults',
    async (name, query) => {
      const { status, body } = await analyst.post(`/api/queries/${name}/run`, {});
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.columns.length).toBeGreaterThan(0);
      if (query.expectsRows) {
        expect(body.rowCount, 'the header promises rows on the small seed').toBeGreaterThan(0);
        if (query.graphColumns.length > 0) expect(body.graph.nodes.length).toBeGreaterThan(0);
      }
    },
  );

  it('returns graph columns as canvas elements, edges between returned nodes', async () => {
    const { body } = await analyst.post('/api/queries/shortest-path-between-numbers/run', {});
    expect(body.rows[0][1]).toBeGreaterThan(0);
    const ids = new Set(body.graph.nodes.map((node: { data: { id: string } }) => node.data.id));
    expect(ids).toContain('SIM:6234567940');
    expect(body.graph.edges.length).toBe(body.rows[0][1]);
    for (const edge of body.graph.edges) {
      expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);
    }
  });

  it('takes typed parameters and records the run in the audit trail', async () => {
    const { body } = await analyst.post('/api/queries/handsets-most-numbers/run', { params: { limit: '3' } });
    expect(body.rowCount).toBe(3);
    expect(body.params).toMatchObject({ limit: 3, from: '2024-01-01' });
    const audit = await (await seeded!.app.as('admin')).get('/api/audit?action=query.run&actor=analyst');
    expect(audit.body.events[0]).toMatchObject({
      target: 'SavedQuery:handsets-most-numbers',
      details: { params: { limit: 3 }, rows: 3 },
    });
  });

  it('answers bad parameters with 400 naming each, and an unknown query with 404', async () => {
    const wrongType = await analyst.post('/api/queries/handsets-most-numbers/run', {
      params: { limit: 'fifty', from: '2025-02-30' },
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.details.problems.map((p: { field: string }) => p.field).sort()).toEqual([
      'from',
      'limit',
    ]);
    const outOfBounds = await analyst.post('/api/queries/handsets-most-numbers/run', {
      params: { limit: 5000 },
    });
    expect(outOfBounds.status).toBe(400);
    expect(outOfBounds.body.error.message).toContain('limit: 5000 is above the maximum 1000');
    const unknownParameter = await analyst.post('/api/queries/handsets-most-numbers/run', {
      params: { top: 5 },
    });
    expect(unknownParameter.body.error.message).toContain('top: no such parameter');
    const badNumber = await analyst.post('/api/queries/ring-around-number/run', {
      params: { msisdn: '12345' },
    });
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.error.details.problems[0].field).toBe('msisdn');
    expect((await analyst.post('/api/queries/no-such-query/run', {})).status).toBe(404);
  });
});

describe('GET /api/queries/:name/run.csv', () => {
  it('streams the same rows as CSV, parameters from the query string', async () => {
    const { status, headers, body } = await analyst.get('/api/queries/handsets-most-numbers/run.csv?limit=3');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/csv');
    const lines = body.trim().split('\r\n');
    expect(lines[0]).toBe('imei,brand,model,status,numbers,riskScore,caution');
    expect(lines).toHaveLength(4);
    const json = await analyst.post('/api/queries/handsets-most-numbers/run', { params: { limit: 3 } });
    expect(lines.slice(1).map((line: string) => line.split(',')[0])).toEqual(
      json.body.rows.map((row: string[]) => row[0]),
    );
  });
});

describe('POST /api/cypher', () => {
  it("runs an analyst's read query and returns table and graph", async () => {
    const { status, body } = await analyst.post('/api/cypher', {
      query: 'MATCH (s:SIM)-[r:USED_IN]->(h:Handset {imei: $imei}) RETURN s, r, h LIMIT $n',
      params: { imei: '860901042718286', n: 5 },
    });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['s', 'r', 'h']);
    expect(body.rowCount).toBe(5);
    expect(body.graph.nodes).toHaveLength(6);
    expect(body.graph.edges).toHaveLength(5);
  });

  it.each([
    ['CREATE', "CREATE (:Handset {imei: '490154203237518'})"],
    ['MERGE', "MERGE (:Dealer {posId: 'NEW-DEALER'})"],
    ['SET', "MATCH (h:Handset) SET h.status = 'blocked'"],
    ['DELETE', 'MATCH (n:Complaint) DETACH DELETE n'],
    ['REMOVE', 'MATCH (s:SIM) REMOVE s.status'],
    ['db.createLabel', "CALL db.createLabel('Hacked')"],
    [
      'a write inside CALL {}',
      "MATCH (h:Handset) WITH h LIMIT 1 CALL (h) { SET h.status = 'blocked' } RETURN h",
    ],
  ])('refuses %s in the database itself: 403 and nothing changed', async (_what, query) => {
    const before = await nodeCount();
    const { status, body } = await analyst.post('/api/cypher', { query });
    expect(status).toBe(403);
    expect(body.error.code).toBe('READ_ONLY');
    expect(await nodeCount()).toBe(before);
  });

  it('leaves no trace of a refused write on the data', async () => {
    const [row] = (
      await database.readTx((tx) =>
        tx.run("MATCH (h:Handset) WHERE h.status = 'blocked' RETURN count(h) AS blocked"),
      )
    ).records.map((record) => record.toObject());
    expect(row!.blocked).toBe(0);
  });

  it.each([
    ['LOAD CSV', "LOAD CSV FROM 'http://example.com/x.csv' AS row RETURN row", 403],
    ['IN TRANSACTIONS', 'UNWIND range(1, 10) AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS RETURN j', 400],
    ['dbms.* procedures', 'CALL dbms.listConfig() YIELD name RETURN name', 403],
    ['quoted dbms procedures', 'CALL `dbms`.`listConfig`() YIELD name RETURN name', 403],
    ['user management', "CREATE USER mallory SET PASSWORD 'secret-secret'", 403],
    ['SHOW commands', 'SHOW TRANSACTIONS', 403],
    ['another database', 'USE system SHOW USERS', 403],
  ])('refuses %s before running it, with a clear message', async (_what, query, status) => {
    const before = await nodeCount();
    const response = await analyst.post('/api/cypher', { query });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe('REFUSED_CYPHER');
    expect(response.body.error.message).toMatch(/^Refused: /);
    expect(await nodeCount()).toBe(before);
  });

  it('does not mistake words inside strings and comments for commands', async () => {
    const { status, body } = await analyst.post('/api/cypher', {
      query: "// LOAD CSV is not used here\nRETURN 'USE system; LOAD CSV' AS text",
    });
    expect(status).toBe(200);
    expect(body.rows).toEqual([['USE system; LOAD CSV']]);
  });

  it('never shows accounts or sessions, however a query tries to reach them', async () => {
    for (const query of [
      'MATCH (u:User) RETURN u',
      'MATCH (n) WHERE n.username IS NOT NULL RETURN n, properties(n) AS p',
      "MATCH (n) WHERE 'User' IN labels(n) RETURN properties(n)",
      "MATCH (n:$('Us' + 'er')) RETURN n.username",
      'MATCH (s)-[:SESSION_OF]->(u) RETURN s.revealed, u.username',
      "MATCH (n) WHERE elementId(n) = '4:x:1' RETURN n",
    ]) {
      const { status, body } = await analyst.post('/api/cypher', { query });
      expect(status, query).toBe(403);
      expect(body.error.code).toBe('REFUSED_CYPHER');
    }
    // What a labelled query can still return never carries a hash (the second line behind the plan check).
    const { body } = await analyst.post('/api/cypher', {
      query: 'MATCH (h:Handset) RETURN properties(h) LIMIT 5',
    });
    expect(JSON.stringify(body)).not.toMatch(/scrypt|passwordHash/);
  });

  it("answers a syntax error with 400 and Neo4j's explanation", async () => {
    const { status, body } = await analyst.post('/api/cypher', { query: 'MATCH (n RETURN n' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('CYPHER_ERROR');
  });

  it('caps the rows and says so', async () => {
    const client = await limited!.as('analyst');
    const { body } = await client.post('/api/cypher', { query: 'UNWIND range(1, 100) AS i RETURN i' });
    expect(body.rowCount).toBe(10);
    expect(body.truncated).toBe(true);
  });

  it('cancels a query that runs past the timeout, with a clear error', async () => {
    const client = await limited!.as('analyst');
    const started = Date.now();
    const { status, body } = await client.post('/api/cypher', {
      query: 'UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 3 RETURN count(i)',
    });
    expect(status).toBe(400);
    expect(body.error.code).toBe('QUERY_TIMEOUT');
    expect(body.error.message).toContain('longer than 1 s');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('is for analysts only, and records refused attempts in the audit trail', async () => {
    expect((await investigator.post('/api/cypher', { query: 'RETURN 1' })).status).toBe(403);
    const audit = await (
      await seeded!.app.as('admin')
    ).get('/api/audit?action=cypher.run&actor=analyst&limit=1000');
    const refusedWrite = audit.body.events.find(
      (event: { details: { query: string } }) =>
        event.details.query === 'MATCH (n:Complaint) DETACH DELETE n',
    );
    expect(refusedWrite.details.refused).toBe('READ_ONLY');
  });
});
