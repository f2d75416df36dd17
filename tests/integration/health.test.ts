import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../server/db/schema.ts';
import type { Database } from '../../server/db/database.ts';
import { openDatabase } from '../../server/db/database.ts';
import { localConnection } from '../../server/config.ts';
import { openTestDatabase, serveApp, type RunningApp } from './helpers.ts';

describe('GET /api/health against a real Neo4j', () => {
  let database: Database;
  let app: RunningApp;

  beforeAll(async () => {
    database = openTestDatabase();
    app = await serveApp(database);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('says connected and names the Neo4j 5.26 version it talks to over Bolt', async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe('ok');
    expect(body.neo4j.connected).toBe(true);
    expect(body.neo4j.version).toMatch(/^5\.26\./);
  });

  it('answers an unknown API route with 401 without a session and 404 with one', async () => {
    const anonymous = await (await app.as('anonymous')).get('/api/no-such-thing');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');

    const { status, body } = await (await app.as('analyst')).get('/api/no-such-thing');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('/api/no-such-thing'),
    });
  });

  it('answers a malformed JSON body with 400 and no stack trace', async () => {
    const response = await fetch(`${app.baseUrl}/api/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.baseUrl },
      body: '{"imeis": [',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe('BAD_INPUT');
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers 503 DB_UNAVAILABLE when the database cannot be reached', async () => {
    // A port nothing listens on: the same code path as a database that went away.
    const unreachable = openDatabase(localConnection('bolt://127.0.0.1:1'));
    const orphan = await serveApp(unreachable, { withUsers: false });
    try {
      const response = await fetch(`${orphan.baseUrl}/api/health`);
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.error.code).toBe('DB_UNAVAILABLE');
      expect(body.error.message).toMatch(/not reachable/);
    } finally {
      await orphan.close();
      await unreachable.close();
    }
  });
});

describe('schema', () => {
  it('creates a uniqueness constraint per key and applying it again changes nothing', async () => {
    const database = openTestDatabase();
    try {
      await applySchema(database);
      const count = async () =>
        database.readTx(async (tx) => {
          const constraints = await tx.run('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
          const indexes = await tx.run('SHOW INDEXES YIELD name RETURN count(*) AS n');
          return { constraints: constraints.records[0]?.get('n'), indexes: indexes.records[0]?.get('n') };
        });
      const first = await count();
      await applySchema(database);
      expect(await count()).toEqual(first);
      // One per key of the graph model, Ring.id, ExportBatch.id, the bookkeeping of sessions, login
      // counters, leases, import runs and the import history, cases with their notes and views, and
      // alerts (their id and their rule-and-subject key), the new-alert tallies and the data editions.
      expect(first.constraints).toBe(24);

      const violation = database.writeTx(async (tx) => {
        await tx.run("CREATE (:Handset {imei: '490154203237518'})");
        await tx.run("CREATE (:Handset {imei: '490154203237518'})");
      });
      await expect(violation).rejects.toThrow(/already exists/);
    } finally {
      await database.close();
    }
  });
});
