// India on one map: complaints by state or district, the complaints of one place, and suspect dealers
// by circle, in the user's jurisdiction, or a ring's footprint (`ring=`). Unknown query parameters are
// refused: a mistyped `ring` would otherwise answer with the whole country.
import { Router } from 'express';
import { z } from 'zod';
import { actorOf, allow } from '../auth/access.ts';
import { circlesOf } from '../auth/scope.ts';
import { ringIdInput } from '../analysis/routes.ts';
import type { Database } from '../db/database.ts';
import { parseInput } from '../http/parse-input.ts';
import { complaintsByPlace } from './complaints-by-place.ts';
import { complaintsInPlace } from './complaints-in-place.ts';
import { dealersByCircle } from './dealers-by-circle.ts';

const complaintsQuery = z.strictObject({
  by: z.enum(['state', 'district'], { error: 'by is state or district' }),
  ring: ringIdInput.optional(),
});

const placeName = z.string().trim().min(1).max(100);

const complaintListQuery = z.strictObject({
  state: placeName,
  district: placeName.optional(),
  ring: ringIdInput.optional(),
});

const dealersQuery = z.strictObject({
  by: z.enum(['circle'], { error: 'dealers are counted by circle' }).default('circle'),
  ring: ringIdInput.optional(),
});

export function geoRoutes(database: Database): Router {
  const router = Router();
  router.get('/geo/complaints', allow('explore'), async (request, response) => {
    const { by, ring } = parseInput(complaintsQuery, request.query, 'query string');
    const circles = circlesOf(actorOf(response).scope);
    response.json(await complaintsByPlace(database, { by, ring, circles }));
  });
  router.get('/geo/complaints/list', allow('explore'), async (request, response) => {
    const place = parseInput(complaintListQuery, request.query, 'query string');
    const circles = circlesOf(actorOf(response).scope);
    response.json(await complaintsInPlace(database, { ...place, circles }));
  });
  router.get('/geo/dealers', allow('explore'), async (request, response) => {
    const { ring } = parseInput(dealersQuery, request.query, 'query string');
    const circles = circlesOf(actorOf(response).scope);
    response.json(await dealersByCircle(database, { ring, circles }));
  });
  return router;
}
