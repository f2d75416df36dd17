// Ranked suspects with the reasons behind each score, and the fraud rings they form.
import { Router } from 'express';
import { z } from 'zod';
import { allow } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { parseInput } from '../http/parse-input.ts';
import { getRing, listRings } from './rings-store.ts';
import { suspectDealers, suspectHandsets } from './suspects.ts';

const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(50) });
const ringParams = z.object({ id: z.string().regex(/^RING-\d{15}$/, 'a ring id looks like RING-<IMEI>') });

export function analysisRoutes(database: Database): Router {
  const router = Router();
  router.get('/suspects/handsets', allow('explore'), async (request, response) => {
    const { limit } = parseInput(limitQuery, request.query, 'query string');
    response.json({ handsets: await suspectHandsets(database, limit) });
  });
  router.get('/suspects/dealers', allow('explore'), async (request, response) => {
    const { limit } = parseInput(limitQuery, request.query, 'query string');
    response.json({ dealers: await suspectDealers(database, limit) });
  });
  router.get('/rings', allow('explore'), async (request, response) => {
    const { limit } = parseInput(limitQuery, request.query, 'query string');
    response.json({ rings: await listRings(database, limit) });
  });
  router.get('/rings/:id', allow('explore'), async (request, response) => {
    const { id } = parseInput(ringParams, request.params, 'path');
    response.json(await getRing(database, id));
  });
  return router;
}
