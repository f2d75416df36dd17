// GET /api/exports/block-list.csv, reverification.csv (?operator=), dealer-blacklist.csv, the banks'
// revocation-list.csv and number-risk.csv, and the history of past exports: the telecom department's
// downloads.
import { Router } from 'express';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { actorOf, allow } from '../auth/access.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { parseInput } from '../http/parse-input.ts';
import { OPERATORS } from '../ingest/identifiers.ts';
import { streamExport } from './stream-export.ts';

const reverificationQuery = z.object({ operator: z.enum(OPERATORS).optional() });
const historyQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });

export function exportRoutes(database: Database): Router {
  const router = Router();
  router.get('/exports/block-list.csv', allow('export'), async (_request, response) => {
    await streamExport(database, response, 'block-list', {}, actorOf(response));
  });
  router.get('/exports/reverification.csv', allow('export'), async (request, response) => {
    const { operator } = parseInput(reverificationQuery, request.query, 'query string');
    await streamExport(database, response, 'reverification', { operator }, actorOf(response));
  });
  router.get('/exports/dealer-blacklist.csv', allow('export'), async (_request, response) => {
    await streamExport(database, response, 'dealer-blacklist', {}, actorOf(response));
  });
  router.get('/exports/revocation-list.csv', allow('export'), async (_request, response) => {
    await streamExport(database, response, 'revocation-list', {}, actorOf(response));
  });
  router.get('/exports/number-risk.csv', allow('export'), async (_request, response) => {
    await streamExport(database, response, 'number-risk', {}, actorOf(response));
  });
  router.get('/exports', allow('export'), async (request, response) => {
    const { limit } = parseInput(historyQuery, request.query, 'query string');
    const exports = await database.readTx(async (tx) => {
      const result = await tx.run(cypher('app/exports/list-exports'), { limit: neo4j.int(limit) });
      return result.records.map((record) => record.get('batch') as Record<string, unknown>);
    });
    response.json({ exports });
  });
  return router;
}
