// GET /api/imports (admin): the import history, newest first, for the Imports page.
import { Router } from 'express';
import { z } from 'zod';
import { allow } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { parseInput } from '../http/parse-input.ts';
import { listImports } from './import-history.ts';

const importsQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

export function importRoutes(database: Database): Router {
  const router = Router();
  router.get('/imports', allow('viewImports'), async (request, response) => {
    const { limit } = parseInput(importsQuery, request.query, 'query string');
    response.json({ imports: await listImports(database, limit) });
  });
  return router;
}
