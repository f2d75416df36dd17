// GET /api/audit (admin): the audit trail, filtered. Read-only: no route changes or deletes an event.
import { Router } from 'express';
import { z } from 'zod';
import { allow } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { parseInput } from '../http/parse-input.ts';
import { listAuditEvents } from './audit-trail.ts';

const instant = z.iso.datetime({ offset: true }).or(z.iso.date());

const auditQuery = z.object({
  actor: z.string().min(1).max(64).optional(),
  action: z
    .string()
    .regex(/^[a-z_.-]+$/, 'an action looks like block_request.approve')
    .max(64)
    .optional(),
  from: instant.optional(),
  to: instant.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export function auditRoutes(database: Database): Router {
  const router = Router();
  router.get('/audit', allow('audit'), async (request, response) => {
    const filter = parseInput(auditQuery, request.query, 'query string');
    response.json({ events: await listAuditEvents(database, filter) });
  });
  return router;
}
