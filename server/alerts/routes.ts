// The alerts API: investigators and analysts triage the alerts the detection rules raise, in their
// jurisdiction (an alert outside it does not exist for them: 404). The permission is checked first (403
// for other roles), then the input, then whether the user may see the alert.
import { Router } from 'express';
import { z } from 'zod';
import { actorOf, allow } from '../auth/access.ts';
import { caseIdInput } from '../cases/case-ids.ts';
import { newCaseBody } from '../cases/routes.ts';
import type { Database } from '../db/database.ts';
import { parseInput } from '../http/parse-input.ts';
import { alertCursorInput } from './alert-cursor.ts';
import { alertIdInput } from './alert-ids.ts';
import { alertRulesStatus } from './alert-rules-job.ts';
import { ALERT_STATUSES, countNewAlerts, listAlerts, readAlertPage } from './alerts.ts';
import { assignAlert, dismissAlert, snoozeAlert } from './triage.ts';

export const MIN_DISMISS_REASON = 10;
const MAX_SNOOZE_DAYS = 366;

const alertParams = z.object({ id: alertIdInput });

const listQuery = z.object({
  status: z.enum(ALERT_STATUSES).optional(),
  rule: z
    .string()
    .regex(/^(query:)?[a-z][a-z0-9-]{2,63}$/, 'a rule is named like evasion or query:<saved query>')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  after: alertCursorInput.optional(),
});

const assignBody = z.union(
  [
    z.object({ caseId: caseIdInput }).strict(),
    z.object({ newCase: newCaseBody.pick({ title: true, caseRef: true }) }).strict(),
  ],
  { error: 'send {caseId} or {newCase: {title, caseRef?}}' },
);

const dismissBody = z.object({
  reason: z
    .string()
    .trim()
    .min(MIN_DISMISS_REASON, `say why in ${MIN_DISMISS_REASON} characters or more`)
    .max(2000),
});

/** A time (or a day, meaning its start, UTC) in the future, at most a year away; as ISO text in UTC. */
const snoozeBody = z.object({
  until: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'an ISO date or date-time' })
    .transform((text) => new Date(text.length === 10 ? `${text}T00:00:00Z` : text))
    .refine((until) => until.getTime() > Date.now(), { message: 'snooze until a time in the future' })
    .refine((until) => until.getTime() <= Date.now() + MAX_SNOOZE_DAYS * 86_400_000, {
      message: `snooze for at most ${MAX_SNOOZE_DAYS} days`,
    })
    .transform((until) => until.toISOString()),
});

export function alertRoutes(database: Database): Router {
  const router = Router();

  router.get('/alerts', allow('alerts'), async (request, response) => {
    const filter = parseInput(listQuery, request.query, 'query string');
    response.json(await listAlerts(database, actorOf(response), filter));
  });
  // Before /alerts/:id, which would take `count` and `rules` for ids.
  router.get('/alerts/count', allow('alerts'), async (_request, response) => {
    response.json({ new: await countNewAlerts(database, actorOf(response)) });
  });
  router.get('/alerts/rules', allow('alerts'), async (_request, response) => {
    response.json(await alertRulesStatus(database));
  });
  router.get('/alerts/:id', allow('alerts'), async (request, response) => {
    const { id } = parseInput(alertParams, request.params, 'path');
    response.json(await readAlertPage(database, id, actorOf(response)));
  });

  router.post('/alerts/:id/assign', allow('alerts'), async (request, response) => {
    const { id } = parseInput(alertParams, request.params, 'path');
    const body = parseInput(assignBody, request.body ?? {}, 'body');
    response.json(await assignAlert(database, id, body, actorOf(response)));
  });
  router.post('/alerts/:id/dismiss', allow('alerts'), async (request, response) => {
    const { id } = parseInput(alertParams, request.params, 'path');
    const { reason } = parseInput(dismissBody, request.body ?? {}, 'body');
    response.json(await dismissAlert(database, id, reason, actorOf(response)));
  });
  router.post('/alerts/:id/snooze', allow('alerts'), async (request, response) => {
    const { id } = parseInput(alertParams, request.params, 'path');
    const { until } = parseInput(snoozeBody, request.body ?? {}, 'body');
    response.json(await snoozeAlert(database, id, until, actorOf(response)));
  });

  return router;
}
