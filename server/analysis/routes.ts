// Ranked suspects (handsets, dealers, graded numbers) with the reasons behind each, and the fraud rings
// they form.
import { Router, type Response } from 'express';
import { z } from 'zod';
import { actorOf, allow } from '../auth/access.ts';
import { circlesOf } from '../auth/scope.ts';
import { AppError } from '../http/errors.ts';
import type { Database } from '../db/database.ts';
import { parseInput } from '../http/parse-input.ts';
import { getRing, listRings } from './rings-store.ts';
import { NUMBER_GRADES } from './number-grade.ts';
import { suspectDealers, suspectHandsets, suspectNumbers } from './suspects.ts';

const limitQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  scope: z.enum(['mine', 'all']).default('mine'),
});

/**
 * The circles a list is filtered by: the user's own (none for national users); `?scope=all` asks for
 * the whole country, which only national users may see.
 */
function circlesFor(response: Response, scope: 'mine' | 'all'): readonly string[] | null {
  const circles = circlesOf(actorOf(response).scope);
  if (scope === 'all' && circles) {
    throw new AppError(
      403,
      'NATIONAL_SCOPE_ONLY',
      'Lists of the whole country are for users of national scope only.',
    );
  }
  return circles;
}
const numbersQuery = limitQuery.extend({ grade: z.enum(NUMBER_GRADES).optional() });
export const ringIdInput = z.string().regex(/^RING-\d{15}$/, 'a ring id looks like RING-<IMEI>');
const ringParams = z.object({ id: ringIdInput });

export function analysisRoutes(database: Database): Router {
  const router = Router();
  router.get('/suspects/handsets', allow('explore'), async (request, response) => {
    const { limit, scope } = parseInput(limitQuery, request.query, 'query string');
    response.json({ handsets: await suspectHandsets(database, limit, circlesFor(response, scope)) });
  });
  router.get('/suspects/dealers', allow('explore'), async (request, response) => {
    const { limit, scope } = parseInput(limitQuery, request.query, 'query string');
    response.json({ dealers: await suspectDealers(database, limit, circlesFor(response, scope)) });
  });
  router.get('/suspects/numbers', allow('explore'), async (request, response) => {
    const { grade, limit, scope } = parseInput(numbersQuery, request.query, 'query string');
    response.json({ numbers: await suspectNumbers(database, grade, limit, circlesFor(response, scope)) });
  });
  router.get('/rings', allow('explore'), async (request, response) => {
    const { limit, scope } = parseInput(limitQuery, request.query, 'query string');
    response.json({ rings: await listRings(database, limit, circlesFor(response, scope)) });
  });
  router.get('/rings/:id', allow('explore'), async (request, response) => {
    const { id } = parseInput(ringParams, request.params, 'path');
    response.json(await getRing(database, id));
  });
  return router;
}
