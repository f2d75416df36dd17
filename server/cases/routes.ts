// The cases API: investigators and analysts open cases and work in those they are members of. To anyone
// else a case does not exist (404): the routes' permission is checked first (403 for other roles, for
// every id alike), then the body, then the membership.
import { Router } from 'express';
import { z } from 'zod';
import { actorOf, allow } from '../auth/access.ts';
import { isNational } from '../auth/scope.ts';
import { USERNAME_PATTERN } from '../auth/users.ts';
import type { Database } from '../db/database.ts';
import { groupRefusal } from '../graph/neighbour-groups.ts';
import {
  NODE_LABELS,
  nodeId,
  parseNodeId,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type NodeRef,
} from '../graph/node-ref.ts';
import { InputError } from '../http/errors.ts';
import { parseInput } from '../http/parse-input.ts';
import { caseIdInput as caseId, NOTE_ID_PATTERN, VIEW_ID_PATTERN } from './case-ids.ts';
import { readCasePage } from './case-page.ts';
import { createCase, listCases, updateCase } from './cases.ts';
import { addMember, removeMember } from './members.ts';
import { addNote } from './notes.ts';
import { pinNode, unpinNode } from './pins.ts';
import { MAX_VIEW_GROUPS, MAX_VIEW_NODES, openView, saveView } from './views.ts';

export const MAX_TITLE = 200;
export const MAX_NOTE = 10_000;
const MAX_CASE_REF = 100;

const caseParams = z.object({ id: caseId });
const username = z.string().regex(USERNAME_PATTERN, 'not a username');

/** A node named as the API names it (`SIM:9876543210`), in its stored form only, so it comes back as sent. */
const nodeRef = z.string().transform((value, context): NodeRef => {
  try {
    const ref = parseNodeId(value, 'id');
    if (nodeId(ref) === value) return ref;
    context.addIssue({ code: 'custom', message: `write "${value}" as ${nodeId(ref)}` });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    context.addIssue({ code: 'custom', message: error.message });
  }
  return z.NEVER;
});

const title = z.string().trim().min(1, 'a case needs a title').max(MAX_TITLE);
const description = z.string().trim().max(10_000);

/** A new case: also the `newCase` of an alert assigned to a new case. */
export const newCaseBody = z.object({
  title,
  caseRef: z.string().trim().min(1).max(MAX_CASE_REF).optional(),
  description: description.optional(),
});

const caseUpdateBody = z
  .object({
    title: title.optional(),
    /** '' removes the reference or the description. */
    caseRef: z.string().trim().max(MAX_CASE_REF).optional(),
    description: description.optional(),
    status: z.enum(['open', 'closed']).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'name at least one of title, caseRef, description, status',
  });

const listQuery = z.object({
  status: z.enum(['open', 'closed']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const noteBody = z.object({
  text: z.string().trim().min(1, 'a note needs text').max(MAX_NOTE),
  supersedes: z.string().regex(NOTE_ID_PATTERN, 'a note id looks like NOTE-9F2C41A79F2C').optional(),
});

const viewNode = z.object({ id: nodeRef, x: z.number(), y: z.number() });
/** A neighbour group as expand draws it: on a whitelisted property of its kind, or the whole kind (null). */
const viewGroup = z
  .object({
    of: nodeRef.transform(nodeId),
    kind: z.enum(NODE_LABELS),
    property: z.string().nullable(),
    value: z.string().max(300).nullable(),
    types: z
      .array(z.enum(RELATIONSHIP_TYPES))
      .max(RELATIONSHIP_TYPES.length)
      .default([])
      .transform((types) => [...new Set(types)]),
    x: z.number(),
    y: z.number(),
  })
  .superRefine((group, context) => {
    // Whoever saves it: the jurisdiction is checked after (refusePersonalGroups).
    const refusal = groupRefusal(group.kind, group.property, false);
    if (refusal) context.addIssue({ code: 'custom', path: ['property'], message: refusal.message });
  });
const day = z.iso.date().or(z.literal(''));
const viewBody = z
  .object({
    name: z.string().trim().min(1, 'a view needs a name').max(MAX_TITLE),
    nodes: z
      .array(viewNode)
      .min(1, 'a view holds at least one node')
      .max(MAX_VIEW_NODES)
      .superRefine((nodes, context) => {
        const seen = new Set<string>();
        nodes.forEach((node, index) => {
          const id = nodeId(node.id);
          if (seen.has(id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `${id} twice` });
          seen.add(id);
        });
      })
      .transform((nodes) => nodes.map((node) => ({ id: nodeId(node.id), x: node.x, y: node.y }))),
    groups: z.array(viewGroup).max(MAX_VIEW_GROUPS).default([]),
    hiddenKinds: z
      .array(z.enum(NODE_LABELS))
      .max(NODE_LABELS.length * 2)
      .default([])
      .transform((kinds) => [...new Set(kinds)]),
    dateWindow: z
      .object({ from: day.default(''), to: day.default('') })
      .refine((window) => !window.from || !window.to || window.from <= window.to, {
        message: 'the window ends before it starts',
      })
      .optional(),
    selection: z.array(z.string().min(1).max(300)).max(MAX_VIEW_NODES).default([]),
    highlight: z
      .array(z.string().min(1).max(300))
      .max(MAX_VIEW_NODES * 2)
      .default([]),
  })
  .superRefine((view, context) => {
    // A group hangs off its node: drawn without it, it would link to nothing.
    const nodes = new Set(view.nodes.map((node) => node.id));
    const seen = new Set<string>();
    view.groups.forEach((group, index) => {
      // The canvas names a group by its node, kind and value, whatever types its expand asked for.
      const key = JSON.stringify([group.of, group.kind, group.property, group.value]);
      if (!nodes.has(group.of))
        context.addIssue({
          code: 'custom',
          path: ['groups', index, 'of'],
          message: `${group.of} is not in the view`,
        });
      else if (seen.has(key))
        context.addIssue({ code: 'custom', path: ['groups', index], message: 'the same group twice' });
      seen.add(key);
    });
  });
/**
 * A user with a jurisdiction may not save groups of identities by face or document (expand refuses them
 * too): counted for a national colleague who saves the view again, the groups kept would tell which masked
 * identities share a face the user can see.
 */
function refusePersonalGroups(groups: { kind: NodeLabel; property: string | null }[]) {
  groups.forEach((group, index) => {
    const refusal = groupRefusal(group.kind, group.property, true);
    if (!refusal) return;
    const field = `groups.${index}.property`;
    throw new InputError(`Invalid body: ${field}: ${refusal.message}`, {
      problems: [{ field, message: refusal.message }],
    });
  });
}

const viewParams = z.object({
  id: caseId,
  viewId: z.string().regex(VIEW_ID_PATTERN, 'a view id looks like VIEW-9F2C41A79F2C'),
});

const pinBody = z.object({ id: nodeRef, comment: z.string().trim().min(1, 'say why it matters').max(2000) });

export function caseRoutes(database: Database): Router {
  const router = Router();

  router.post('/cases', allow('cases'), async (request, response) => {
    const body = parseInput(newCaseBody, request.body, 'body');
    response.status(201).json(await createCase(database, body, actorOf(response)));
  });
  router.get('/cases', allow('cases'), async (request, response) => {
    const filter = parseInput(listQuery, request.query, 'query string');
    response.json({ cases: await listCases(database, actorOf(response), filter) });
  });
  router.get('/cases/:id', allow('cases'), async (request, response) => {
    const { id } = parseInput(caseParams, request.params, 'path');
    response.json(await readCasePage(database, id, actorOf(response)));
  });
  router.patch('/cases/:id', allow('cases'), async (request, response) => {
    const { id } = parseInput(caseParams, request.params, 'path');
    const body = parseInput(caseUpdateBody, request.body ?? {}, 'body');
    response.json(await updateCase(database, id, body, actorOf(response)));
  });

  router.post('/cases/:id/members', allow('cases'), async (request, response) => {
    const { id } = parseInput(caseParams, request.params, 'path');
    const body = parseInput(z.object({ username }), request.body, 'body');
    const { added, summary } = await addMember(database, id, body.username, actorOf(response));
    response.status(added ? 201 : 200).json(summary);
  });
  router.delete('/cases/:id/members/:username', allow('cases'), async (request, response) => {
    const params = parseInput(z.object({ id: caseId, username }), request.params, 'path');
    response.json(await removeMember(database, params.id, params.username, actorOf(response)));
  });

  router.post('/cases/:id/notes', allow('cases'), async (request, response) => {
    const { id } = parseInput(caseParams, request.params, 'path');
    const body = parseInput(noteBody, request.body, 'body');
    response.status(201).json(await addNote(database, id, body, actorOf(response)));
  });

  router.post('/cases/:id/views', allow('cases'), async (request, response) => {
    const { id } = parseInput(caseParams, request.params, 'path');
    const { dateWindow, ...view } = parseInput(viewBody, request.body, 'body');
    if (!isNational(actorOf(response).scope)) refusePersonalGroups(view.groups);
    const saved = await saveView(
      database,
      id,
      { ...view, dateWindow: dateWindow ?? null },
      actorOf(response),
    );
    response.status(201).json(saved);
  });
  router.get('/cases/:id/views/:viewId', allow('cases'), async (request, response) => {
    const { id, viewId } = parseInput(viewParams, request.params, 'path');
    const actor = actorOf(response);
    response.json(await openView(database, id, viewId, actor, !isNational(actor.scope)));
  });

  router.post('/cases/:id/pins', allow('cases'), async (request, response) => {
    const { id } = parseInput(caseParams, request.params, 'path');
    const body = parseInput(pinBody, request.body, 'body');
    const pin = await pinNode(database, id, { node: body.id, comment: body.comment }, actorOf(response));
    response.status(201).json(pin);
  });
  router.delete('/cases/:id/pins/:nodeId', allow('cases'), async (request, response) => {
    const params = parseInput(z.object({ id: caseId, nodeId: nodeRef }), request.params, 'path');
    await unpinNode(database, params.id, params.nodeId, actorOf(response));
    response.status(204).end();
  });

  return router;
}
