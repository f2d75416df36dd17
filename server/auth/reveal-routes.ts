// POST /api/identities/:kycId/reveal {reason}: a user sees an identity outside their jurisdiction
// unmasked for the rest of the session, with a reason that goes into the audit trail.
import { Router } from 'express';
import { z } from 'zod';
import { recordAudit } from '../audit/audit-trail.ts';
import type { Database } from '../db/database.ts';
import { getNodeDetails } from '../graph/node-details.ts';
import { parseNodeRef } from '../graph/node-ref.ts';
import { parseInput } from '../http/parse-input.ts';
import { actorOf, allow, sessionOf } from './access.ts';
import type { SessionStore } from './sessions.ts';

const revealBody = z.object({
  reason: z.string().trim().min(10, 'say why, in at least 10 characters').max(500),
});

export function revealRoutes(database: Database, sessions: SessionStore): Router {
  const router = Router();
  router.post('/identities/:kycId/reveal', allow('explore'), async (request, response) => {
    const ref = parseNodeRef('Identity', request.params.kycId, 'path');
    const { reason } = parseInput(revealBody, request.body, 'body');
    const details = await getNodeDetails(database, ref); // 404 for an unknown identity
    const session = sessionOf(response);
    await sessions.reveal(session.key, ref.key);
    await database.writeTx((tx) =>
      recordAudit(tx, actorOf(response), {
        action: 'identity.reveal',
        target: `Identity:${ref.key}`,
        details: { reason },
      }),
    );
    // The answer is masked for this session as it now stands: unmasked.
    session.revealed.push(ref.key);
    response.json(details);
  });
  return router;
}
