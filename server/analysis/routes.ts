// Ranked suspects with the reasons behind each score.
import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { parseInput } from '../http/parse-input.ts';
import { suspectDealers, suspectHandsets } from './suspects.ts';

const suspectsQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(50) });

export function analysisRoutes(database: Database): Router {
  const router = Router();
  router.get('/suspects/handsets', async (request, response) => {
    const { limit } = parseInput(suspectsQuery, request.query, 'query string');
    response.json({ handsets: await suspectHandsets(database, limit) });
  });
  router.get('/suspects/dealers', async (request, response) => {
    const { limit } = parseInput(suspectsQuery, request.query, 'query string');
    response.json({ dealers: await suspectDealers(database, limit) });
  });
  return router;
}
