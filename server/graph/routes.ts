// The investigation API over the graph: search, node details, expand and shortest path.
import { Router } from 'express';
import { z } from 'zod';
import { recordAccess } from '../audit/record-access.ts';
import { actorOf, allow } from '../auth/access.ts';
import { circlesOf } from '../auth/scope.ts';
import type { Database } from '../db/database.ts';
import { InputError } from '../http/errors.ts';
import { parseInput } from '../http/parse-input.ts';
import { expandNodes, type GroupFilter } from './expand.ts';
import { groupRefusal, readNeighbourGroups } from './neighbour-groups.ts';
import { getNodeDetails } from './node-details.ts';
import {
  NODE_LABELS,
  nodeId,
  parseNodeId,
  parseNodeRef,
  RELATIONSHIP_TYPES,
  type NodeLabel,
} from './node-ref.ts';
import { findShortestPath } from './path.ts';
import { searchNodes } from './search.ts';

const EXPAND_MAX_LIMIT = 500;
const PATH_MAX_HOPS = 10;

const searchQuery = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

const expandBody = z.object({
  nodes: z
    .array(z.object({ label: z.string(), key: z.string() }))
    .min(1)
    .max(50),
  types: z.array(z.enum(RELATIONSHIP_TYPES)).default([]),
  limit: z.number().int().min(1).max(EXPAND_MAX_LIMIT).default(50),
  offset: z.number().int().min(0).default(0),
  group: z
    .object({
      kind: z.enum(NODE_LABELS as [NodeLabel, ...NodeLabel[]]),
      property: z.string().nullable(),
      value: z.string().nullable(),
    })
    .optional(),
});

const groupsQuery = z.object({
  types: z
    .string()
    .optional()
    .transform((text) => (text ? text.split(',') : []))
    .pipe(z.array(z.enum(RELATIONSHIP_TYPES))),
});

/** A group to expand must be of one node, on a whitelisted property, and not personal for a scoped user. */
function checkGroup(group: GroupFilter, nodes: number, isScoped: boolean): GroupFilter {
  if (nodes !== 1)
    throw new InputError('group: a group is of one node; name exactly one.', { field: 'group' });
  const refusal = groupRefusal(group.kind, group.property, isScoped);
  if (refusal)
    throw new InputError(`group.property: ${refusal.message}`, {
      field: 'group.property',
      ...(refusal.allowed ? { allowed: refusal.allowed } : {}),
    });
  return group;
}

const pathQuery = z.object({
  from: z.string(),
  to: z.string(),
  maxHops: z.coerce.number().int().min(1).max(PATH_MAX_HOPS).default(6),
});

export function graphRoutes(database: Database): Router {
  const router = Router();

  router.get('/search', allow('explore'), async (request, response) => {
    const { q, limit } = parseInput(searchQuery, request.query, 'query string');
    const results = await searchNodes(database, q, limit, circlesOf(actorOf(response).scope));
    await recordAccess(database, actorOf(response), {
      action: 'graph.search',
      target: 'Search',
      details: { q, results: results.length },
    });
    response.json({ query: q, results });
  });

  router.get('/nodes/:label/:key', allow('explore'), async (request, response) => {
    const ref = parseNodeRef(request.params.label, request.params.key, 'path');
    const details = await getNodeDetails(database, ref);
    // Whose personal data was looked at: an identity's name and documents.
    if (ref.label === 'Identity')
      await recordAccess(database, actorOf(response), { action: 'identity.view', target: nodeId(ref) });
    response.json(details);
  });

  router.post('/graph/expand', allow('explore'), async (request, response) => {
    const body = parseInput(expandBody, request.body, 'body');
    const nodes = body.nodes.map((node, index) => parseNodeRef(node.label, node.key, `nodes.${index}`));
    const isScoped = circlesOf(actorOf(response).scope) !== null;
    const group = body.group ? checkGroup(body.group, nodes.length, isScoped) : undefined;
    response.json(await expandNodes(database, { ...body, nodes, group }));
  });

  router.get('/graph/nodes/:label/:key/neighbour-groups', allow('explore'), async (request, response) => {
    const ref = parseNodeRef(request.params.label, request.params.key, 'path');
    const { types } = parseInput(groupsQuery, request.query, 'query string');
    const isScoped = circlesOf(actorOf(response).scope) !== null;
    const groups = await readNeighbourGroups(database, ref, types, isScoped);
    response.json({ node: nodeId(ref), groups });
  });

  router.get('/graph/path', allow('explore'), async (request, response) => {
    const query = parseInput(pathQuery, request.query, 'query string');
    const from = parseNodeId(query.from, 'from');
    const to = parseNodeId(query.to, 'to');
    if (nodeId(from) === nodeId(to))
      throw new InputError('from and to are the same node.', { from: query.from });
    response.json(await findShortestPath(database, from, to, query.maxHops));
  });

  return router;
}
