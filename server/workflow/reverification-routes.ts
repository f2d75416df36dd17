// The telecom department follows re-verification after a block: progress by request and operator, and
// disconnection of the numbers left pending past the deadline, and the operators' outcomes (a CSV body).
import express, { Router } from 'express';
import { actorOf, allow } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { InputError } from '../http/errors.ts';
import { applyReverificationOutcomes } from './reverification-outcomes.ts';
import { disconnectOverdueNumbers, reverificationProgress } from './reverification-deadlines.ts';

export function reverificationRoutes(database: Database, { deadlineDays }: { deadlineDays: number }): Router {
  const router = Router();
  router.get('/reverification/progress', allow('reverification'), async (_request, response) => {
    response.json(await reverificationProgress(database, deadlineDays));
  });
  router.post('/reverification/disconnect-overdue', allow('reverification'), async (_request, response) => {
    response.json(await disconnectOverdueNumbers(database, deadlineDays, actorOf(response)));
  });
  router.post(
    '/reverification-outcomes',
    allow('reverification'),
    express.raw({ type: 'text/csv', limit: '20mb' }),
    async (request, response) => {
      if (!Buffer.isBuffer(request.body)) {
        throw new InputError('Send reverification-outcomes.csv as the body, with Content-Type: text/csv.');
      }
      response.json(await applyReverificationOutcomes(database, request.body, actorOf(response)));
    },
  );
  return router;
}
