// Cases on the small seed, as investigators share an investigation: the life cycle, membership (a case
// does not exist for anyone else), notes, views, pinned evidence, block requests and dealer flags raised
// from a case, and its timeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CIRCLES } from '../../server/ingest/identifiers.ts';
import type { Database } from '../../server/db/database.ts';
import { RELATIONSHIP_TYPES } from '../../server/graph/node-ref.ts';
import { createCase } from '../../server/cases/cases.ts';
import { addMember, removeMember } from '../../server/cases/members.ts';
import { addNote } from '../../server/cases/notes.ts';
import { pinNode } from '../../server/cases/pins.ts';
import { saveView } from '../../server/cases/views.ts';
import {
  clientFor,
  logIn,
  openTestDatabase,
  serveSmallSeed,
  TEST_PASSWORD,
  testUsers,
  type ApiClient,
  type GroundTruth,
  type SeededApp,
  rowsReader,
} from './helpers.ts';

const database = openTestDatabase();
let seeded: SeededApp | undefined;
let truth: GroundTruth;
/** The owner of the cases below, a second investigator they share with, and one who is never a member. */
let owner: ApiClient;
let colleague: ApiClient;
let outsider: ApiClient;
let analyst: ApiClient;
let dot: ApiClient;

const setup = { username: 'test-setup', role: 'system' };

async function userClient(
  username: string,
  extra: { scope?: string[]; agency?: string } = {},
): Promise<ApiClient> {
  await testUsers(database).save(
    { username, password: TEST_PASSWORD, role: 'investigator', ...extra },
    setup,
  );
  return clientFor(seeded!.app.baseUrl, await logIn(seeded!.app.baseUrl, username));
}

beforeAll(async () => {
  seeded = await serveSmallSeed(database);
  truth = seeded.truth;
  owner = await seeded.app.as('investigator');
  analyst = await seeded.app.as('analyst');
  dot = await seeded.app.as('dot');
  colleague = await userClient('case-colleague', { agency: 'Cyber PS Gurugram' });
  outsider = await userClient('case-outsider');
}, 180_000);

afterAll(() => seeded?.close());

const readRows = rowsReader(database);

const count = async (statement: string, params: Record<string, unknown> = {}) =>
  (await readRows(statement, params))[0]!.n as number;

const auditCount = () => count('MATCH (e:AuditEvent) RETURN count(e) AS n');

async function openCase(fields: Record<string, unknown> = {}): Promise<string> {
  const response = await owner.post('/api/cases', { title: 'SIM-box farm, Gurugram', ...fields });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

const aView = (nodes: { id: string; x: unknown; y: unknown }[], extra: Record<string, unknown> = {}) => ({
  name: 'Farm handsets and their numbers',
  nodes,
  ...extra,
});

/** A view of one dealer and groups of its SIMs (by kind alone, unless `groups` say otherwise). */
const aDealerView = (...groups: Record<string, unknown>[]) =>
  aView([{ id: 'Dealer:POS-0001', x: 0, y: 0 }], {
    groups: groups.map((group) => ({
      of: 'Dealer:POS-0001',
      kind: 'SIM',
      property: null,
      value: null,
      x: 0,
      y: 0,
      ...group,
    })),
  });

describe('the case life cycle', () => {
  it('opens a case that its owner finds among their cases, changes, closes and reopens', async () => {
    const created = await owner.post('/api/cases', {
      title: '  Loan-app extortion ring  ',
      caseRef: 'FIR 214/2026 Cyber PS Gurugram',
      description: 'Numbers reported on NCRP, bought from two dealers in Sector 14.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^CASE-\d{8}-[0-9A-F]{8}$/),
      title: 'Loan-app extortion ring',
      caseRef: 'FIR 214/2026 Cyber PS Gurugram',
      description: 'Numbers reported on NCRP, bought from two dealers in Sector 14.',
      status: 'open',
      owner: 'investigator',
      members: ['investigator'],
      createdAt: expect.any(String),
      updatedAt: created.body.createdAt,
      closedAt: null,
    });
    const id = created.body.id as string;

    const mine = await owner.get('/api/cases');
    expect(mine.status).toBe(200);
    expect(mine.body.cases[0]).toEqual(created.body);

    const renamed = await owner.patch(`/api/cases/${id}`, { title: 'Loan-app extortion ring (two dealers)' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Loan-app extortion ring (two dealers)', status: 'open' });
    expect(renamed.body.updatedAt).not.toBe(created.body.updatedAt);

    const closed = await owner.patch(`/api/cases/${id}`, { status: 'closed' });
    expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect(
      (await owner.get('/api/cases?status=open')).body.cases.map((c: { id: string }) => c.id),
    ).not.toContain(id);
    const noteOnClosed = await owner.post(`/api/cases/${id}/notes`, { text: 'One more thing' });
    expect(noteOnClosed.status).toBe(409);
    expect(noteOnClosed.body.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/closed/),
    });

    const reopened = await owner.patch(`/api/cases/${id}`, { status: 'open' });
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null });
    const page = await owner.get(`/api/cases/${id}`);
    expect(page.body.timeline.map((event: { action: string }) => event.action)).toEqual([
      'case.create',
      'case.update',
      'case.close',
      'case.reopen',
    ]);
    expect(page.body.timeline[1].details).toEqual({
      changes: {
        title: { from: 'Loan-app extortion ring', to: 'Loan-app extortion ring (two dealers)' },
      },
    });
  });

  it('lets analysts open cases too, and no other role', async () => {
    expect((await analyst.post('/api/cases', { title: 'Analyst case' })).status).toBe(201);
    const refused = await dot.post('/api/cases', { title: 'Telecom case' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
  });
});

describe('membership', () => {
  it('shows a case to the members its owner adds, and lets them work in it but not manage members', async () => {
    const id = await openCase();
    const added = await owner.post(`/api/cases/${id}/members`, { username: 'case-colleague' });
    expect(added.status).toBe(201);
    expect(added.body.members).toEqual(['investigator', 'case-colleague']);
    expect((await owner.post(`/api/cases/${id}/members`, { username: 'case-colleague' })).status).toBe(200);

    expect((await colleague.get('/api/cases')).body.cases.map((c: { id: string }) => c.id)).toContain(id);
    expect((await colleague.get(`/api/cases/${id}`)).status).toBe(200);
    expect((await colleague.post(`/api/cases/${id}/notes`, { text: 'Seen the dealer today.' })).status).toBe(
      201,
    );
    expect(
      (await colleague.patch(`/api/cases/${id}`, { description: 'Shared with the district' })).status,
    ).toBe(200);

    for (const response of [
      await colleague.post(`/api/cases/${id}/members`, { username: 'case-outsider' }),
      await colleague.delete(`/api/cases/${id}/members/investigator`),
      await colleague.patch(`/api/cases/${id}`, { status: 'closed' }),
    ]) {
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(/owner/);
    }

    const removed = await owner.delete(`/api/cases/${id}/members/case-colleague`);
    expect(removed.status).toBe(200);
    expect(removed.body.members).toEqual(['investigator']);
    expect((await colleague.get(`/api/cases/${id}`)).status).toBe(404);
    expect((await owner.delete(`/api/cases/${id}/members/case-colleague`)).status).toBe(404);
  });

  it('adds only investigators and analysts, and keeps the owner', async () => {
    const id = await openCase();
    for (const username of ['dot', 'admin', 'nobody-by-this-name']) {
      const response = await owner.post(`/api/cases/${id}/members`, { username });
      expect(response.status, username).toBe(404);
      expect(response.body.error.message).toBe(`No investigator or analyst named ${username}.`);
    }
    expect((await owner.post(`/api/cases/${id}/members`, { username: 'analyst' })).status).toBe(201);
    const ownerLeaving = await owner.delete(`/api/cases/${id}/members/investigator`);
    expect(ownerLeaving.status).toBe(409);
    expect((await owner.get(`/api/cases/${id}`)).body.members).toEqual(['investigator', 'analyst']);
  });

  it('answers a non-member 404 on every case route, as for a case that does not exist, and changes nothing', async () => {
    const id = await openCase({ caseRef: 'FIR 9/2026' });
    const imei = truth.rings[2]!.handsets[0]!;
    const msisdn = truth.rings[2]!.numbers[0]!;
    const view = await owner.post(`/api/cases/${id}/views`, aView([{ id: `SIM:${msisdn}`, x: 1, y: 2 }]));
    expect(
      (await owner.post(`/api/cases/${id}/pins`, { id: `SIM:${msisdn}`, comment: 'Top number' })).status,
    ).toBe(201);
    const before = (await owner.get(`/api/cases/${id}`)).body;
    const events = await auditCount();

    const attempts = (caseId: string) => [
      outsider.get(`/api/cases/${caseId}`),
      outsider.patch(`/api/cases/${caseId}`, { title: 'Mine now' }),
      outsider.post(`/api/cases/${caseId}/members`, { username: 'case-outsider' }),
      outsider.delete(`/api/cases/${caseId}/members/investigator`),
      outsider.post(`/api/cases/${caseId}/notes`, { text: 'Hello' }),
      outsider.post(`/api/cases/${caseId}/views`, aView([{ id: `SIM:${msisdn}`, x: 0, y: 0 }])),
      outsider.get(`/api/cases/${caseId}/views/${view.body.id}`),
      outsider.post(`/api/cases/${caseId}/pins`, { id: `SIM:${msisdn}`, comment: 'Mine' }),
      outsider.delete(`/api/cases/${caseId}/pins/SIM:${msisdn}`),
      outsider.post('/api/block-requests', { imeis: [imei], reason: 'Farm handset of the ring', caseId }),
      outsider.post(`/api/dealers/${truth.rogueDealers[0]}/flag`, {
        reason: 'Sold the farm its numbers',
        caseId,
      }),
    ];
    const existing = await Promise.all(attempts(id));
    const absent = await Promise.all(attempts('CASE-20260101-00000000'));
    existing.forEach((response, index) => {
      expect(response.status, `attempt ${index}`).toBe(404);
      expect(response.body).toEqual({
        error: { code: 'NOT_FOUND', message: `No case ${id}.`, details: { caseId: id } },
      });
      expect(absent[index]!.body.error.message).toBe('No case CASE-20260101-00000000.');
    });
    expect((await outsider.get('/api/cases')).body.cases.map((c: { id: string }) => c.id)).not.toContain(id);

    expect((await owner.get(`/api/cases/${id}`)).body).toEqual(before);
    expect(await auditCount()).toBe(events);
    expect((await readRows('MATCH (h:Handset {imei: $imei}) RETURN h.status AS s', { imei }))[0]!.s).toBe(
      'active',
    );
  });
});

describe('notes', () => {
  it('keeps every note with its author and time; an edit is a new note that supersedes the old one', async () => {
    const id = await openCase();
    await owner.post(`/api/cases/${id}/members`, { username: 'case-colleague' });
    const first = await owner.post(`/api/cases/${id}/notes`, { text: 'The farm moved to Sector 15.' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      id: expect.stringMatching(/^NOTE-[0-9A-F]{12}$/),
      text: 'The farm moved to Sector 15.',
      author: 'investigator',
      at: expect.any(String),
      supersedes: null,
    });
    const edit = await colleague.post(`/api/cases/${id}/notes`, {
      text: 'The farm moved to Sector 16, not 15.',
      supersedes: first.body.id,
    });
    expect(edit.status).toBe(201);
    expect(edit.body).toMatchObject({ author: 'case-colleague', supersedes: first.body.id });

    const twice = await owner.post(`/api/cases/${id}/notes`, {
      text: 'Sector 17?',
      supersedes: first.body.id,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.details).toEqual({ noteId: first.body.id, supersededBy: edit.body.id });
    const unknown = await owner.post(`/api/cases/${id}/notes`, {
      text: 'x',
      supersedes: 'NOTE-000000000000',
    });
    expect(unknown.status).toBe(404);

    const notes = (await owner.get(`/api/cases/${id}`)).body.notes;
    expect(notes).toEqual([
      { ...first.body, supersededBy: edit.body.id },
      { ...edit.body, supersededBy: null },
    ]);
    // No route changes or deletes a note.
    expect((await owner.delete(`/api/cases/${id}/notes/${first.body.id}`)).status).toBe(404);
    expect(
      (await owner.patch(`/api/cases/${id}/notes/${first.body.id}`, { text: 'x' })).body.error.message,
    ).toMatch(/^No API route/);
  });

  it('lets one of two members editing the same note at once win, and tells the other', async () => {
    const id = await openCase();
    await owner.post(`/api/cases/${id}/members`, { username: 'case-colleague' });
    const note = await owner.post(`/api/cases/${id}/notes`, { text: 'Dealer seen at 10:00.' });
    const edits = await Promise.all(
      [owner, colleague].map((member) =>
        member.post(`/api/cases/${id}/notes`, { text: 'Dealer seen at 11:00.', supersedes: note.body.id }),
      ),
    );
    expect(edits.map((edit) => edit.status).sort()).toEqual([201, 409]);
    const notes = (await owner.get(`/api/cases/${id}`)).body.notes;
    expect(notes.filter((n: { supersedes: string | null }) => n.supersedes === note.body.id)).toHaveLength(1);
  });
});

describe('views', () => {
  it('opens a saved view for another member with the same nodes at exactly the same positions', async () => {
    const id = await openCase();
    await owner.post(`/api/cases/${id}/members`, { username: 'case-colleague' });
    const ring = truth.rings[0]!;
    // Doubles that printing to a few digits would change (JSON has no -0: a client cannot send one).
    const xs = [0.1 + 0.2, -123456.78901234567, Math.PI * 1e6, 1e-7, 5e-324, 0, 2 / 3];
    const ys = [-1 / 3, 1e21 / 7, -0.1 - 0.2, 123.456e-300, Number.MAX_SAFE_INTEGER + 0.5, -2.5, 1 / 9];
    const nodes = [
      ...ring.handsets.slice(0, 3).map((imei) => `Handset:${imei}`),
      ...ring.numbers.slice(0, 3).map((msisdn) => `SIM:${msisdn}`),
      `Dealer:${ring.dealers[0]}`,
    ].map((nodeId, index) => ({ id: nodeId, x: xs[index]!, y: ys[index]! }));
    const saved = await owner.post(
      `/api/cases/${id}/views`,
      aView(nodes, {
        hiddenKinds: ['Victim', 'Complaint'],
        dateWindow: { from: '2025-01-01', to: '2025-06-30' },
        selection: [nodes[0]!.id],
        highlight: [nodes[0]!.id, nodes[3]!.id],
      }),
    );
    expect(saved.status).toBe(201);
    expect(saved.body).toEqual({ id: expect.stringMatching(/^VIEW-[0-9A-F]{12}$/) });

    const opened = await colleague.get(`/api/cases/${id}/views/${saved.body.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toEqual({
      id: saved.body.id,
      name: 'Farm handsets and their numbers',
      nodes,
      hiddenKinds: ['Victim', 'Complaint'],
      dateWindow: { from: '2025-01-01', to: '2025-06-30' },
      selection: [nodes[0]!.id],
      highlight: [nodes[0]!.id, nodes[3]!.id],
      savedBy: 'investigator',
      savedAt: expect.any(String),
      missing: [],
      groups: [],
      missingGroups: [],
      graph: { nodes: expect.any(Array), edges: expect.any(Array) },
    });
    // Ready for the canvas: the nodes as the graph holds them now, and the links among them.
    expect(opened.body.graph.nodes.map((node: { data: { id: string } }) => node.data.id).sort()).toEqual(
      nodes.map((node) => node.id).sort(),
    );
    expect(opened.body.graph.edges.length).toBeGreaterThan(0);
    // Bit for bit: the same doubles, not only the same printed digits.
    opened.body.nodes.forEach((node: { x: number; y: number }, index: number) => {
      expect(Object.is(node.x, nodes[index]!.x) && Object.is(node.y, nodes[index]!.y)).toBe(true);
    });
    expect((await owner.get(`/api/cases/${id}`)).body.views).toEqual([
      {
        id: saved.body.id,
        name: 'Farm handsets and their numbers',
        nodeCount: 7,
        savedBy: 'investigator',
        savedAt: opened.body.savedAt,
      },
    ]);
  });

  it('lists the nodes of a view that are no longer in the graph, and keeps them in the view', async () => {
    const id = await openCase();
    await database.writeTx((tx) =>
      tx.run("MERGE (:Victim {victimId: 'V-CASES-GONE', district: 'Gurugram'})"),
    );
    const msisdn = truth.rings[0]!.numbers[0]!;
    const nodes = [
      { id: `SIM:${msisdn}`, x: 10.5, y: 20.25 },
      { id: 'Victim:V-CASES-GONE', x: -3.75, y: 4.125 },
    ];
    const saved = await owner.post(`/api/cases/${id}/views`, aView(nodes));
    await database.writeTx((tx) => tx.run("MATCH (v:Victim {victimId: 'V-CASES-GONE'}) DETACH DELETE v"));

    const opened = await owner.get(`/api/cases/${id}/views/${saved.body.id}`);
    expect(opened.body.nodes).toEqual(nodes);
    expect(opened.body.missing).toEqual(['Victim:V-CASES-GONE']);
    expect(opened.body.graph.nodes.map((node: { data: { id: string } }) => node.data.id)).toEqual([
      `SIM:${msisdn}`,
    ]);
  });

  it("keeps a dealer's unopened groups, counts them again when the view opens, and lists those it no longer makes", async () => {
    const id = await openCase();
    await owner.post(`/api/cases/${id}/members`, { username: 'case-colleague' });
    const posId = truth.rings[0]!.dealers[0]!;
    const dealer = `Dealer:${posId}`;
    const asked = await owner.get(`/api/graph/nodes/Dealer/${posId}/neighbour-groups?types=ISSUED_BY`);
    const months = (asked.body.groups as { property: string; value: string; count: number }[]).slice(0, 2);
    expect(months.map((group) => group.property)).toEqual(['activatedMonth', 'activatedMonth']);
    const groups = months.map((group, index) => ({
      of: dealer,
      kind: 'SIM',
      property: 'activatedMonth',
      value: group.value,
      types: ['ISSUED_BY'],
      x: 100.25 * (index + 1),
      y: -1 / 3,
    }));
    const never = { ...groups[0]!, value: '1999-01', x: 5, y: 6 };
    const saved = await owner.post(
      `/api/cases/${id}/views`,
      aView([{ id: dealer, x: 0, y: 0 }], { groups: [...groups, never] }),
    );
    expect(saved.status).toBe(201);

    // One more SIM of the first month, sold after the view was saved: the group counts it.
    const sold = { msisdn: '9000000001', day: `${groups[0]!.value}-15`, posId };
    await database.writeTx((tx) =>
      tx.run(
        `MATCH (d:Dealer {posId: $posId})
         CREATE (:SIM {msisdn: $msisdn, activatedOn: date($day), operator: d.operator})-[:ISSUED_BY]->(d)`,
        sold,
      ),
    );
    try {
      const opened = await colleague.get(`/api/cases/${id}/views/${saved.body.id}`);
      expect(opened.status).toBe(200);
      expect(opened.body.groups).toEqual([
        { ...groups[0], count: months[0]!.count + 1 },
        { ...groups[1], count: months[1]!.count },
      ]);
      expect(opened.body.missingGroups).toEqual([never]);
    } finally {
      await database.writeTx((tx) => tx.run('MATCH (s:SIM {msisdn: $msisdn}) DETACH DELETE s', sold));
    }
  });

  it("counts every node's groups as that node's own expand counts them, whatever the types asked", async () => {
    const id = await openCase();
    const [first, second] = truth.rings[0]!.handsets;
    const asks = [
      { path: `Dealer/${truth.rings[0]!.dealers[0]!}`, types: ['ISSUED_BY'] },
      { path: `Handset/${first}`, types: [] },
      { path: `Handset/${second}`, types: ['USED_IN'] },
    ];
    const expected: Record<string, unknown>[] = [];
    for (const [index, ask] of asks.entries()) {
      const query = ask.types.length > 0 ? `?types=${ask.types.join(',')}` : '';
      const asked = await owner.get(`/api/graph/nodes/${ask.path}/neighbour-groups${query}`);
      const groups = asked.body.groups as {
        kind: string;
        property: string | null;
        value: string | null;
        count: number;
      }[];
      expect(groups.length).toBeGreaterThan(0);
      for (const { count, ...group } of groups)
        expected.push({
          of: ask.path.replace('/', ':'),
          ...group,
          types: ask.types,
          x: index,
          y: count,
          count,
        });
    }
    const nodes = asks.map((ask) => ({ id: ask.path.replace('/', ':'), x: 0, y: 0 }));
    const groups = expected.map(({ count: _count, ...group }) => group);
    const saved = await owner.post(`/api/cases/${id}/views`, aView(nodes, { groups }));
    expect(saved.status).toBe(201);
    const opened = await owner.get(`/api/cases/${id}/views/${saved.body.id}`);
    expect(opened.body.groups).toEqual(expected);
    expect(opened.body.missingGroups).toEqual([]);
  });

  it('opens a group of identities by face for a member with a jurisdiction as gone, without the face, and refuses one from them', async () => {
    const id = await openCase();
    await userClient('case-scoped', { scope: [CIRCLES[0]!] });
    await owner.post(`/api/cases/${id}/members`, { username: 'case-scoped' });
    const scoped = clientFor(seeded!.app.baseUrl, await logIn(seeded!.app.baseUrl, 'case-scoped'));
    const msisdn = truth.rings[0]!.numbers[0]!;
    const asked = await owner.get(`/api/graph/nodes/SIM/${msisdn}/neighbour-groups?types=REGISTERED_TO`);
    const face = (asked.body.groups as { kind: string; property: string; value: string }[])[0]!;
    expect(face).toMatchObject({ kind: 'Identity', property: 'photoHash' });
    const group = {
      of: `SIM:${msisdn}`,
      kind: 'Identity',
      property: 'photoHash',
      value: face.value,
      types: ['REGISTERED_TO'],
      x: 1,
      y: 2,
    };
    const saved = await owner.post(
      `/api/cases/${id}/views`,
      aView([{ id: `SIM:${msisdn}`, x: 0, y: 0 }], { groups: [group] }),
    );

    const forOwner = await owner.get(`/api/cases/${id}/views/${saved.body.id}`);
    expect(forOwner.body.groups).toEqual([{ ...group, count: 1 }]);
    const forScoped = await scoped.get(`/api/cases/${id}/views/${saved.body.id}`);
    expect(forScoped.status).toBe(200);
    expect(forScoped.body.groups).toEqual([]);
    expect(forScoped.body.missingGroups).toEqual([{ ...group, value: null, withheld: true }]);
    expect(JSON.stringify(forScoped.body)).not.toContain(face.value);

    // Nor may the scoped member save such a group: counted for the owner, who might save the view again,
    // the group kept would tell whether a masked identity has a face the member knows.
    const views = (await owner.get(`/api/cases/${id}`)).body.views.length;
    const planted = await scoped.post(
      `/api/cases/${id}/views`,
      aView([{ id: `SIM:${msisdn}`, x: 0, y: 0 }], { groups: [group] }),
    );
    expect(planted.status).toBe(400);
    expect(planted.body.error.details.problems).toEqual([
      { field: 'groups.0.property', message: expect.stringMatching(/national users/) },
    ]);
    expect((await owner.get(`/api/cases/${id}`)).body.views).toHaveLength(views);
  });

  it('saves a view of 20,000 nodes, and refuses one more', async () => {
    const id = await openCase();
    const nodes = Array.from({ length: 20_000 }, (_, i) => ({
      id: `Victim:V-${i}`,
      x: i / 7,
      y: 0.5 - i / 3,
    }));
    const saved = await owner.post(`/api/cases/${id}/views`, aView(nodes));
    expect(saved.status).toBe(201);
    const opened = await owner.get(`/api/cases/${id}/views/${saved.body.id}`);
    expect(opened.body.nodes).toEqual(nodes);
    expect(opened.body.missing).toHaveLength(20_000);

    const tooMany = await owner.post(
      `/api/cases/${id}/views`,
      aView([...nodes, { id: 'Victim:V-20000', x: 0, y: 0 }]),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details.problems).toEqual([
      { field: 'nodes', message: expect.stringMatching(/20000/) },
    ]);
  });
});

describe('pinned evidence', () => {
  it('pins nodes with a comment and shows them on the case as the graph holds them now', async () => {
    const id = await openCase();
    const [imei] = truth.rings[0]!.handsets;
    const pinned = await owner.post(`/api/cases/${id}/pins`, {
      id: `Handset:${imei}`,
      comment: 'Cycles through forty numbers a week',
    });
    expect(pinned.status).toBe(201);
    expect(pinned.body).toEqual({
      id: `Handset:${imei}`,
      label: 'Handset',
      key: imei,
      comment: 'Cycles through forty numbers a week',
      pinnedBy: 'investigator',
      pinnedAt: expect.any(String),
    });
    const again = await owner.post(`/api/cases/${id}/pins`, {
      id: `Handset:${imei}`,
      comment: 'The farm phone',
    });
    expect(again.status).toBe(201);

    const pins = (await owner.get(`/api/cases/${id}`)).body.pins;
    expect(pins).toHaveLength(1);
    expect(pins[0]).toMatchObject({ id: `Handset:${imei}`, comment: 'The farm phone' });
    expect(pins[0].node).toMatchObject({ id: `Handset:${imei}`, label: 'Handset', imei, status: 'active' });

    const absent = await owner.post(`/api/cases/${id}/pins`, { id: 'Victim:V-NOT-THERE', comment: 'Who?' });
    expect(absent.status).toBe(404);
    expect(absent.body.error.message).toBe('No Victim V-NOT-THERE in the graph.');

    expect((await owner.delete(`/api/cases/${id}/pins/Handset:${imei}`)).status).toBe(204);
    expect((await owner.get(`/api/cases/${id}`)).body.pins).toEqual([]);
    expect((await owner.delete(`/api/cases/${id}/pins/Handset:${imei}`)).status).toBe(404);
  });

  it("masks a pinned identity for a member outside the identity's jurisdiction", async () => {
    const kycId = truth.rings[0]!.identities[0]!;
    const [{ circles }] = (await readRows(
      'MATCH (:Identity {kycId: $kycId})<-[:REGISTERED_TO]-(s:SIM) RETURN collect(DISTINCT s.circle) AS circles',
      { kycId },
    )) as [{ circles: string[] }];
    const elsewhere = CIRCLES.find((circle) => !circles.includes(circle))!;
    const stateOfficer = await userClient('case-state-officer', { scope: [elsewhere] });
    const id = await openCase();
    await owner.post(`/api/cases/${id}/members`, { username: 'case-state-officer' });
    await owner.post(`/api/cases/${id}/pins`, { id: `Identity:${kycId}`, comment: 'Bought nine numbers' });

    const [mine] = (await owner.get(`/api/cases/${id}`)).body.pins;
    expect(mine.node.name).not.toBe('masked');
    const [theirs] = (await stateOfficer.get(`/api/cases/${id}`)).body.pins;
    expect(theirs).toMatchObject({ id: `Identity:${kycId}`, comment: 'Bought nine numbers' });
    expect(theirs.node).toMatchObject({ name: 'masked', masked: true });
  });
});

describe('block requests and dealer flags raised from a case', () => {
  it("lists them on the case with their status, carrying the case's reference", async () => {
    const id = await openCase({ caseRef: 'FIR 77/2026 Cyber PS Nuh' });
    const ring = truth.rings[1]!;
    const requested = await owner.post('/api/block-requests', {
      imeis: ring.handsets,
      reason: 'SIM-box farm behind the NCRP complaints of the case',
      caseId: id,
    });
    expect(requested.status).toBe(201);
    expect(requested.body.caseRef).toBe('FIR 77/2026 Cyber PS Nuh');
    const flagged = await owner.post(`/api/dealers/${ring.dealers[0]}/flag`, {
      reason: 'Sold the farm most of its numbers on over-used identities',
      caseId: id,
    });
    expect(flagged.status).toBe(201);

    let page = (await owner.get(`/api/cases/${id}`)).body;
    expect(page.blockRequests).toEqual([
      expect.objectContaining({
        id: requested.body.id,
        status: 'pending',
        caseRef: 'FIR 77/2026 Cyber PS Nuh',
        requestedBy: 'investigator',
        handsetCount: ring.handsets.length,
      }),
    ]);
    expect(page.dealerFlags).toEqual([
      expect.objectContaining({
        id: flagged.body.id,
        status: 'pending',
        caseRef: 'FIR 77/2026 Cyber PS Nuh',
        posId: ring.dealers[0],
      }),
    ]);
    // The telecom department sees the reference, not the case.
    const pending = (await dot.get('/api/block-requests?status=pending')).body.requests;
    const seen = pending.find((request: { id: string }) => request.id === requested.body.id);
    expect(seen.caseRef).toBe('FIR 77/2026 Cyber PS Nuh');
    expect(JSON.stringify(seen)).not.toContain(id);

    expect((await dot.post(`/api/block-requests/${requested.body.id}/approve`, {})).status).toBe(200);
    expect(
      (await dot.post(`/api/dealer-flags/${flagged.body.id}/reject`, { note: 'Not enough yet' })).status,
    ).toBe(200);
    page = (await owner.get(`/api/cases/${id}`)).body;
    expect(page.blockRequests[0]).toMatchObject({ status: 'approved', decidedBy: 'dot' });
    expect(page.dealerFlags[0]).toMatchObject({ status: 'rejected', decisionNote: 'Not enough yet' });
  });

  it("refuses a reference other than the case's, and a case without one needs it given", async () => {
    const [imei] = truth.rings[3]!.handsets;
    const withRef = await openCase({ caseRef: 'FIR 1/2026' });
    const other = await owner.post('/api/block-requests', {
      imeis: [imei],
      reason: 'Farm handset of the ring',
      caseId: withRef,
      caseRef: 'FIR 2/2026',
    });
    expect(other.status).toBe(400);
    expect(other.body.error.details).toEqual({ caseId: withRef, caseRef: 'FIR 1/2026' });

    const withoutRef = await openCase();
    const none = await owner.post('/api/block-requests', {
      imeis: [imei],
      reason: 'Farm handset of the ring',
      caseId: withoutRef,
    });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/no case reference/);
    expect((await owner.get(`/api/cases/${withoutRef}`)).body.blockRequests).toEqual([]);
    expect((await readRows('MATCH (h:Handset {imei: $imei}) RETURN h.status AS s', { imei }))[0]!.s).toBe(
      'active',
    );
  });
});

describe('the timeline', () => {
  it('shows every change of the case, its requests and its flags, in the order they happened', async () => {
    const id = await openCase({ caseRef: 'FIR 88/2026' });
    const ring = truth.rings[4]!;
    await owner.post(`/api/cases/${id}/members`, { username: 'case-colleague' });
    await colleague.post(`/api/cases/${id}/notes`, { text: 'Handsets seen at the Sohna market.' });
    await owner.post(`/api/cases/${id}/views`, aView([{ id: `Handset:${ring.handsets[0]}`, x: 1, y: 1 }]));
    await owner.post(`/api/cases/${id}/pins`, { id: `Handset:${ring.handsets[0]}`, comment: 'The hub' });
    const requested = await colleague.post('/api/block-requests', {
      imeis: ring.handsets,
      reason: 'Farm handsets of the case',
      caseId: id,
    });
    await dot.post(`/api/block-requests/${requested.body.id}/approve`, {});
    await owner.patch(`/api/cases/${id}`, { status: 'closed' });

    const { timeline } = (await colleague.get(`/api/cases/${id}`)).body;
    expect(
      timeline.map(({ actor, action }: { actor: string; action: string }) => `${actor} ${action}`),
    ).toEqual([
      'investigator case.create',
      'investigator case.member_add',
      'case-colleague case.note_add',
      'investigator case.view_save',
      'investigator case.pin',
      'case-colleague block_request.create',
      'dot block_request.approve',
      'dot block_request.reverification',
      'investigator case.close',
    ]);
    const times = timeline.map((event: { at: string }) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(timeline[5]).toMatchObject({
      target: `BlockRequest:${requested.body.id}`,
      details: { caseId: id, caseRef: 'FIR 88/2026' },
    });
  });
});

describe('bad input', () => {
  it.each([
    ['a title over 200 characters', 'post', '', { title: 'x'.repeat(201) }, 'title'],
    ['a case without a title', 'post', '', { caseRef: 'FIR 1/2026' }, 'title'],
    ['an empty change', 'patch', '/ID', {}, 'body'],
    ['an unknown status', 'patch', '/ID', { status: 'archived' }, 'status'],
    ['a note over 10,000 characters', 'post', '/ID/notes', { text: 'x'.repeat(10_001) }, 'text'],
    ['a note superseding a malformed id', 'post', '/ID/notes', { text: 'x', supersedes: '1' }, 'supersedes'],
    ['a member with a bad username', 'post', '/ID/members', { username: 'Not A Name' }, 'username'],
    [
      'a view node that is not Label:key',
      'post',
      '/ID/views',
      aView([{ id: 'farm', x: 0, y: 0 }]),
      'nodes.0.id',
    ],
    [
      'a view node of an unknown kind',
      'post',
      '/ID/views',
      aView([{ id: 'Case:CASE-20260101-00000000', x: 0, y: 0 }]),
      'nodes.0.id',
    ],
    [
      'a number not in its stored form',
      'post',
      '/ID/views',
      aView([{ id: 'SIM:+91 98765 43210', x: 0, y: 0 }]),
      'nodes.0.id',
    ],
    [
      'a position that is not a number',
      'post',
      '/ID/views',
      aView([{ id: 'Victim:V-1', x: '1', y: 0 }]),
      'nodes.0.x',
    ],
    [
      'a node twice in a view',
      'post',
      '/ID/views',
      aView([
        { id: 'Victim:V-1', x: 0, y: 0 },
        { id: 'Victim:V-1', x: 1, y: 1 },
      ]),
      'nodes.1.id',
    ],
    [
      'an unknown hidden kind',
      'post',
      '/ID/views',
      aView([{ id: 'Victim:V-1', x: 0, y: 0 }], { hiddenKinds: ['Case'] }),
      'hiddenKinds.0',
    ],
    [
      'a date window that ends before it starts',
      'post',
      '/ID/views',
      aView([{ id: 'Victim:V-1', x: 0, y: 0 }], { dateWindow: { from: '2025-06-01', to: '2025-01-01' } }),
      'dateWindow',
    ],
    [
      'a group on a property not whitelisted for its kind',
      'post',
      '/ID/views',
      aDealerView({ property: 'msisdn', value: '9' }),
      'groups.0.property',
    ],
    [
      'a group of a node not in the view',
      'post',
      '/ID/views',
      aDealerView({ of: 'Dealer:POS-0002', property: 'operator', value: 'JIO' }),
      'groups.0.of',
    ],
    [
      'a group of an unknown relationship type',
      'post',
      '/ID/views',
      aDealerView({ types: ['KNOWS'] }),
      'groups.0.types.0',
    ],
    ['the same group twice', 'post', '/ID/views', aDealerView({ x: 1 }, { x: 2 }), 'groups.1'],
    [
      'the same group twice, asked with other relationship types (the canvas draws a group once)',
      'post',
      '/ID/views',
      aDealerView({ types: [] }, { types: ['ISSUED_BY'] }),
      'groups.1',
    ],
    ['a pin without a comment', 'post', '/ID/pins', { id: 'Victim:V-1' }, 'comment'],
  ])(
    'refuses %s with 400 naming the field, and changes nothing',
    async (_what, method, path, body, field) => {
      const id = await openCase();
      const before = (await owner.get(`/api/cases/${id}`)).body;
      const events = await auditCount();
      const url = `/api/cases${path.replace('ID', id)}`;
      const response = method === 'post' ? await owner.post(url, body) : await owner.patch(url, body);
      expect(response.status).toBe(400);
      expect(response.body.error).toEqual({
        code: 'BAD_INPUT',
        message: expect.stringContaining(field),
        details: { problems: expect.arrayContaining([expect.objectContaining({ field })]) },
      });
      expect((await owner.get(`/api/cases/${id}`)).body).toEqual(before);
      expect(await auditCount()).toBe(events);
    },
  );

  it('refuses a malformed case id with 400', async () => {
    const response = await owner.get('/api/cases/not-a-case');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'BAD_INPUT',
      details: { problems: [{ field: 'id' }] },
    });
  });
});

describe('ad-hoc Cypher', () => {
  it('never reaches cases, their notes, views, pins or members', async () => {
    const id = await openCase();
    const msisdn = truth.rings[0]!.numbers[1]!;
    await owner.post(`/api/cases/${id}/notes`, { text: 'Confidential lead' });
    await owner.post(`/api/cases/${id}/pins`, { id: `SIM:${msisdn}`, comment: 'Lead number' });
    for (const query of [
      'MATCH (c:Case) RETURN c',
      'MATCH (n:CaseNote) RETURN n.text',
      'MATCH (p:CasePin) RETURN p.nodeId',
      'MATCH ()-[r:MEMBER_OF]->() RETURN startNode(r)',
      'MATCH ()-[:HAS_NOTE]->(n) RETURN n.text',
    ]) {
      const { status, body } = await analyst.post('/api/cypher', { query });
      expect(status, query).toBe(403);
      expect(body.error.code).toBe('REFUSED_CYPHER');
    }
    // Nothing in the investigation graph leads to a case: a pinned number has no link to it.
    const { body } = await analyst.post('/api/cypher', {
      query: 'MATCH (s:SIM {msisdn: $msisdn})-[r]-(n) RETURN DISTINCT type(r) AS type',
      params: { msisdn },
    });
    expect(body.rows.length).toBeGreaterThan(0);
    for (const type of body.rows.flat()) expect(RELATIONSHIP_TYPES).toContain(type);
  });
});

describe('when the driver runs a committed change again', () => {
  /** Runs every write twice, as the driver does when a commit's answer is lost on the way back. */
  const twice = (inner: Database): Database => ({
    ...inner,
    writeTx: async (work, options) => {
      await inner.writeTx(work, options);
      return inner.writeTx(work, options);
    },
  });

  it('makes each change once: one case, one member, one note, one view, one pin, one event each', async () => {
    const actor = { username: 'investigator', role: 'investigator' };
    const repeated = twice(database);
    const { id } = await createCase(repeated, { title: 'Run twice' }, actor);
    await addMember(repeated, id, 'case-colleague', actor);
    await addNote(repeated, id, { text: 'Once' }, actor);
    await saveView(
      repeated,
      id,
      {
        name: 'Once',
        nodes: [{ id: 'Victim:V-1', x: 1, y: 2 }],
        groups: [],
        hiddenKinds: [],
        dateWindow: null,
        selection: [],
        highlight: [],
      },
      actor,
    );
    const [imei] = truth.rings[0]!.handsets;
    await pinNode(repeated, id, { node: { label: 'Handset', key: imei! }, comment: 'Once' }, actor);
    await removeMember(repeated, id, 'case-colleague', actor);

    const page = (await owner.get(`/api/cases/${id}`)).body;
    expect(await count('MATCH (c:Case {title: $title}) RETURN count(c) AS n', { title: 'Run twice' })).toBe(
      1,
    );
    expect(page.members).toEqual(['investigator']);
    expect(page.notes).toHaveLength(1);
    expect(page.views).toHaveLength(1);
    expect(page.pins).toHaveLength(1);
    expect(page.timeline.map((event: { action: string }) => event.action)).toEqual([
      'case.create',
      'case.member_add',
      'case.note_add',
      'case.view_save',
      'case.pin',
      'case.member_remove',
    ]);
  });
});
