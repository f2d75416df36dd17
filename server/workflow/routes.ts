// Block requests and dealer flags: asked for by investigators and analysts, decided by the telecom
// department.
import { Router } from 'express';
import { z } from 'zod';
import { actorOf, allow } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { parseInput } from '../http/parse-input.ts';
import { caseIdInput as caseId } from '../cases/case-ids.ts';
import { parseImei, parsePosId, STATES_AND_UTS } from '../ingest/identifiers.ts';
import { createBlockRequest, listBlockRequests } from './block-requests.ts';
import { DEALER_FLAG, BLOCK_REQUEST, decide, type Decision } from './decide.ts';
import { DECISION_ID_PATTERN } from './decision-ids.ts';
import { flagDealer, listDealerFlags } from './dealer-flags.ts';
import { blockRequestImpact, dealerFlagImpact, impactOfHandsets } from './impact.ts';
import { markNumbersForReverification, type MarkingOptions } from './reverification.ts';

const MAX_IMEIS = 50_000;

const imei = z.string().transform((value, context) => {
  const parsed = parseImei(value);
  if (parsed.ok) return parsed.value;
  context.addIssue({ code: 'custom', message: `"${value}" is not a valid IMEI: ${parsed.reason}` });
  return z.NEVER;
});

const reason = z.string().trim().min(10, 'say why, in at least 10 characters').max(2000);

const imeis = z
  .array(imei)
  .min(1, 'name at least one handset')
  .max(MAX_IMEIS)
  .transform((imeis) => [...new Set(imeis)]);

const blockRequestBody = z
  .object({
    imeis,
    reason,
    caseRef: z
      .string()
      .trim()
      .min(1, 'a case reference (FIR or complaint number) is required')
      .max(100)
      .optional(),
    /** Raised from a case: its reference goes with the request, and the case lists it. */
    caseId: caseId.optional(),
    /** The requester's police station or unit and its state, for the central equipment register. */
    policeUnit: z.string().trim().min(2).max(200).optional(),
    state: z.enum(STATES_AND_UTS).optional(),
    acknowledgeCaution: z.boolean().default(false),
    justification: z
      .string()
      .trim()
      .min(10, 'justify the acknowledged caution in at least 10 characters')
      .max(2000)
      .optional(),
  })
  .refine((body) => !body.acknowledgeCaution || body.justification, {
    path: ['justification'],
    message: 'acknowledging a caution needs a justification',
  })
  .refine((body) => body.caseRef || body.caseId, {
    path: ['caseRef'],
    message: 'a case reference (FIR or complaint number) is required, or the caseId of a case',
  });

const impactBody = z.object({ imeis });
const idParams = z.object({
  id: z.string().regex(DECISION_ID_PATTERN, 'an id looks like BR-20261123-9F2C41A7 or DF-…'),
});
const decisionBody = z.object({ note: z.string().trim().max(2000).default('') });
const decisionParams = z.object({
  id: z.string().regex(DECISION_ID_PATTERN, 'an id looks like BR-20261123-9F2C41A7 or DF-…'),
  decision: z.enum(['approve', 'reject']),
});
const listQuery = z.object({
  status: z.enum(['pending', 'approved', 'rejected']).optional(),
  /** `mine=true`: only the caller's own requests or flags ("My requests"). */
  mine: z.enum(['true', 'false']).default('false'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
const posIdParams = z.object({
  posId: z.string().transform((value, context) => {
    const parsed = parsePosId(value);
    if (parsed.ok) return parsed.value;
    context.addIssue({ code: 'custom', message: `"${value}" is not a valid dealer id: ${parsed.reason}` });
    return z.NEVER;
  }),
});

export function workflowRoutes(database: Database, marking: MarkingOptions): Router {
  const router = Router();

  router.post('/block-requests', allow('request'), async (request, response) => {
    const body = parseInput(blockRequestBody, request.body, 'body');
    response.status(201).json(await createBlockRequest(database, body, actorOf(response)));
  });
  router.get('/block-requests', allow('viewDecisions'), async (request, response) => {
    const { mine, ...filter } = parseInput(listQuery, request.query, 'query string');
    const requestedBy = mine === 'true' ? actorOf(response).username : undefined;
    response.json({ requests: await listBlockRequests(database, { ...filter, requestedBy }) });
  });
  router.get('/block-requests/:id/impact', allow('viewDecisions'), async (request, response) => {
    const { id } = parseInput(idParams, request.params, 'path');
    response.json(await blockRequestImpact(database, id));
  });
  // The impact of a selection not yet requested (the block dialog, before sending).
  router.post('/impact', allow('request'), async (request, response) => {
    const { imeis } = parseInput(impactBody, request.body, 'body');
    response.json(await impactOfHandsets(database, imeis));
  });
  router.post('/block-requests/:id/:decision', allow('decide'), async (request, response) => {
    const { id, decision } = parseInput(decisionParams, request.params, 'path');
    const { note } = parseInput(decisionBody, request.body ?? {}, 'body');
    const actor = actorOf(response);
    const outcome = await decide(database, BLOCK_REQUEST, id, decision as Decision, note, actor);
    if (decision === 'approve') {
      // The approval has committed: if marking fails now, the background worker finishes it.
      outcome.numbers = await markNumbersForReverification(database, id, actor, marking).catch(
        () => undefined,
      );
      outcome.markingPending = outcome.numbers === undefined;
    }
    response.json({ id, status: decision === 'approve' ? 'approved' : 'rejected', ...outcome });
  });

  router.post('/dealers/:posId/flag', allow('request'), async (request, response) => {
    const { posId } = parseInput(posIdParams, request.params, 'path');
    const body = parseInput(z.object({ reason, caseId: caseId.optional() }), request.body, 'body');
    response.status(201).json(await flagDealer(database, { posId, ...body }, actorOf(response)));
  });
  router.get('/dealer-flags', allow('viewDecisions'), async (request, response) => {
    const { mine, ...filter } = parseInput(listQuery, request.query, 'query string');
    const flaggedBy = mine === 'true' ? actorOf(response).username : undefined;
    response.json({ flags: await listDealerFlags(database, { ...filter, flaggedBy }) });
  });
  router.get('/dealer-flags/:id/impact', allow('viewDecisions'), async (request, response) => {
    const { id } = parseInput(idParams, request.params, 'path');
    response.json(await dealerFlagImpact(database, id));
  });
  router.post('/dealer-flags/:id/:decision', allow('decide'), async (request, response) => {
    const { id, decision } = parseInput(decisionParams, request.params, 'path');
    const { note } = parseInput(decisionBody, request.body ?? {}, 'body');
    const outcome = await decide(database, DEALER_FLAG, id, decision as Decision, note, actorOf(response));
    response.json({ id, status: decision === 'approve' ? 'approved' : 'rejected', ...outcome });
  });

  return router;
}
