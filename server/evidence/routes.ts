// Evidence packs as PDFs: for a block request, a dealer flag, a ring and a case, to the same roles that
// may read the thing itself (and for a case, its members only: 404 for anyone else, as for the case).
import { Router } from 'express';
import { z } from 'zod';
import { actorOf, allow } from '../auth/access.ts';
import { ringIdInput } from '../analysis/routes.ts';
import { caseIdInput } from '../cases/case-ids.ts';
import type { Database } from '../db/database.ts';
import { parseInput } from '../http/parse-input.ts';
import { DECISION_ID_PATTERN } from '../workflow/decision-ids.ts';
import { readBlockRequestPack, readCasePack, readDealerFlagPack, readRingPack } from './pack-data.ts';
import { sendEvidencePack } from './send-pack.ts';

const decisionParams = z.object({
  id: z.string().regex(DECISION_ID_PATTERN, 'an id looks like BR-20261123-9F2C41A7 or DF-…'),
});

export function evidenceRoutes(database: Database): Router {
  const router = Router();
  router.get('/block-requests/:id/evidence.pdf', allow('viewDecisions'), async (request, response) => {
    const { id } = parseInput(decisionParams, request.params, 'path');
    await sendEvidencePack(database, response, await readBlockRequestPack(database, id));
  });
  router.get('/dealer-flags/:id/evidence.pdf', allow('viewDecisions'), async (request, response) => {
    const { id } = parseInput(decisionParams, request.params, 'path');
    await sendEvidencePack(database, response, await readDealerFlagPack(database, id));
  });
  router.get('/rings/:id/evidence.pdf', allow('explore'), async (request, response) => {
    const { id } = parseInput(z.object({ id: ringIdInput }), request.params, 'path');
    await sendEvidencePack(database, response, await readRingPack(database, id));
  });
  router.get('/cases/:id/evidence.pdf', allow('cases'), async (request, response) => {
    const { id } = parseInput(z.object({ id: caseIdInput }), request.params, 'path');
    await sendEvidencePack(database, response, await readCasePack(database, id, actorOf(response)));
  });
  return router;
}
