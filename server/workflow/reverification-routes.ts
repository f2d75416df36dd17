// The telecom department follows re-verification after a block: progress by request and operator, and
// disconnection of the numbers left pending past the deadline.
import { Router } from 'express';
import { actorOf, allow } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { disconnectOverdueNumbers, reverificationProgress } from './reverification-deadlines.ts';

export function reverificationRoutes(database: Database, { deadlineDays }: { deadlineDays: number }): Router {
  const router = Router();
  router.get('/reverification/progress', allow('reverification'), async (_request, response) => {
    response.json(await reverificationProgress(database, deadlineDays));
  });
  router.post('/reverification/disconnect-overdue', allow('reverification'), async (_request, response) => {
    response.json(await disconnectOverdueNumbers(database, deadlineDays, actorOf(response)));
  });
  return router;
}
