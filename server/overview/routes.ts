// GET /api/overview[?until=YYYY-MM-DD]: the home page's figures. Every logged-in role has a section, so
// the route needs only a session; each section checks its own permission (overview.ts).
import { Router } from 'express';
import { z } from 'zod';
import { actorOf } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { parseInput } from '../http/parse-input.ts';
import { todayInIndia } from './calendar.ts';
import { readOverview } from './overview.ts';

const overviewQuery = z.strictObject({
  /** The windows' last day, for other tools and for data that ends before today (the demo's). */
  until: z.iso.date({ error: 'until is a date, YYYY-MM-DD' }).optional(),
});

export function overviewRoutes(database: Database, { deadlineDays }: { deadlineDays: number }): Router {
  const router = Router();
  router.get('/overview', async (request, response) => {
    const { until } = parseInput(overviewQuery, request.query, 'query string');
    response.json(
      await readOverview(database, actorOf(response), { until: until ?? todayInIndia(), deadlineDays }),
    );
  });
  return router;
}
