// Every API route × every role and no session: who gets in (DESIGN.md's role table), written out here
// rather than derived from the server's policy, so a wrong policy fails. Requests that would change
// something carry a body the route refuses (400): a role that gets past the door sees validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/auth/roles.ts';
import { openTestDatabase, serveSmallSeed, type ApiClient, type SeededApp } from './helpers.ts';

const database = openTestDatabase();
let seeded: SeededApp | undefined;

beforeAll(async () => {
  seeded = await serveSmallSeed(database);
}, 180_000);

afterAll(() => seeded?.close());

type Who = Role | 'anonymous';
const EVERYONE: Who[] = ['investigator', 'analyst', 'dot', 'admin', 'anonymous'];
const EXPLORERS: Role[] = ['investigator', 'analyst', 'dot'];
const REQUESTERS: Role[] = ['investigator', 'analyst'];

interface RouteCase {
  route: string;
  send: (client: ApiClient) => ReturnType<ApiClient['get']>;
  allowed: Who[];
  /** The status an allowed role gets. */
  status: number;
}

function routeCases(): RouteCase[] {
  const ring = seeded!.truth.rings[0]!;
  const [imei] = ring.handsets;
  const [from, to] = ring.numbers;
  const posId = seeded!.truth.rogueDealers[0]!;
  const ringId = `RING-${[...ring.handsets].sort()[0]}`;
  const get = (path: string) => (client: ApiClient) => client.get(path);
  const post = (path: string, body: unknown) => (client: ApiClient) => client.post(path, body);
  const patch = (path: string, body: unknown) => (client: ApiClient) => client.patch(path, body);
  const remove = (path: string) => (client: ApiClient) => client.delete(path);
  // No case has this id: a role that may work on cases gets 404 for it (as for a case not its own).
  const caseId = 'CASE-20260101-00000000';
  // Nor an alert with this id.
  const alertId = 'ALERT-000000000000';
  return [
    { route: 'GET /api/health', send: get('/api/health'), allowed: EVERYONE, status: 200 },
    {
      route: 'GET /api/auth/me',
      send: get('/api/auth/me'),
      allowed: ['investigator', 'analyst', 'dot', 'admin'],
      status: 200,
    },
    { route: 'GET /api/search', send: get(`/api/search?q=${imei}`), allowed: EXPLORERS, status: 200 },
    {
      route: 'GET /api/nodes/:label/:key',
      send: get(`/api/nodes/Handset/${imei}`),
      allowed: EXPLORERS,
      status: 200,
    },
    {
      route: 'POST /api/graph/expand',
      send: post('/api/graph/expand', { nodes: [{ label: 'Dealer', key: posId }] }),
      allowed: EXPLORERS,
      status: 200,
    },
    {
      route: 'GET /api/graph/path',
      send: get(`/api/graph/path?from=SIM:${from}&to=SIM:${to}`),
      allowed: EXPLORERS,
      status: 200,
    },
    {
      route: 'GET /api/suspects/handsets',
      send: get('/api/suspects/handsets'),
      allowed: EXPLORERS,
      status: 200,
    },
    {
      route: 'GET /api/suspects/dealers',
      send: get('/api/suspects/dealers'),
      allowed: EXPLORERS,
      status: 200,
    },
    {
      route: 'GET /api/suspects/numbers',
      send: get('/api/suspects/numbers?grade=very_high'),
      allowed: EXPLORERS,
      status: 200,
    },
    { route: 'GET /api/rings', send: get('/api/rings'), allowed: EXPLORERS, status: 200 },
    { route: 'GET /api/rings/:id', send: get(`/api/rings/${ringId}`), allowed: EXPLORERS, status: 200 },
    // Every role has a section of the home page (which sections, overview.test.ts checks).
    {
      route: 'GET /api/overview',
      send: get('/api/overview'),
      allowed: ['investigator', 'analyst', 'dot', 'admin'],
      status: 200,
    },
    {
      route: 'GET /api/geo/complaints',
      send: get(`/api/geo/complaints?by=district&ring=${ringId}`),
      allowed: EXPLORERS,
      status: 200,
    },
    {
      route: 'GET /api/geo/dealers',
      send: get('/api/geo/dealers?by=circle'),
      allowed: EXPLORERS,
      status: 200,
    },
    {
      route: 'POST /api/block-requests',
      send: post('/api/block-requests', {}),
      allowed: REQUESTERS,
      status: 400,
    },
    { route: 'GET /api/block-requests', send: get('/api/block-requests'), allowed: EXPLORERS, status: 200 },
    {
      route: 'POST /api/block-requests/:id/approve',
      send: post('/api/block-requests/not-an-id/approve', {}),
      allowed: ['dot'],
      status: 400,
    },
    {
      route: 'POST /api/block-requests/:id/reject',
      send: post('/api/block-requests/not-an-id/reject', {}),
      allowed: ['dot'],
      status: 400,
    },
    {
      route: 'GET /api/block-requests/:id/impact',
      send: get('/api/block-requests/BR-20260101-00000000/impact'),
      allowed: EXPLORERS,
      status: 404,
    },
    { route: 'POST /api/impact', send: post('/api/impact', {}), allowed: REQUESTERS, status: 400 },
    {
      route: 'POST /api/dealers/:posId/flag',
      send: post(`/api/dealers/${posId}/flag`, {}),
      allowed: REQUESTERS,
      status: 400,
    },
    { route: 'GET /api/dealer-flags', send: get('/api/dealer-flags'), allowed: EXPLORERS, status: 200 },
    {
      route: 'GET /api/dealer-flags/:id/impact',
      send: get('/api/dealer-flags/DF-20260101-00000000/impact'),
      allowed: EXPLORERS,
      status: 404,
    },
    // Evidence packs: the roles that may read the thing itself (a pack of nothing is 404 like the thing).
    {
      route: 'GET /api/block-requests/:id/evidence.pdf',
      send: get('/api/block-requests/BR-20260101-00000000/evidence.pdf'),
      allowed: EXPLORERS,
      status: 404,
    },
    {
      route: 'GET /api/dealer-flags/:id/evidence.pdf',
      send: get('/api/dealer-flags/DF-20260101-00000000/evidence.pdf'),
      allowed: EXPLORERS,
      status: 404,
    },
    {
      route: 'GET /api/rings/:id/evidence.pdf',
      send: get(`/api/rings/${ringId}/evidence.pdf`),
      allowed: EXPLORERS,
      status: 200,
    },
    {
      route: 'GET /api/cases/:id/evidence.pdf',
      send: get(`/api/cases/${caseId}/evidence.pdf`),
      allowed: REQUESTERS,
      status: 404,
    },
    {
      route: 'POST /api/dealer-flags/:id/approve',
      send: post('/api/dealer-flags/not-an-id/approve', {}),
      allowed: ['dot'],
      status: 400,
    },
    {
      route: 'POST /api/dealer-flags/:id/reject',
      send: post('/api/dealer-flags/not-an-id/reject', {}),
      allowed: ['dot'],
      status: 400,
    },
    {
      route: 'GET /api/exports/block-list.csv',
      send: get('/api/exports/block-list.csv'),
      allowed: ['dot'],
      status: 200,
    },
    {
      route: 'GET /api/exports/reverification.csv',
      send: get('/api/exports/reverification.csv'),
      allowed: ['dot'],
      status: 200,
    },
    {
      route: 'GET /api/exports/dealer-blacklist.csv',
      send: get('/api/exports/dealer-blacklist.csv'),
      allowed: ['dot'],
      status: 200,
    },
    {
      route: 'GET /api/exports/revocation-list.csv',
      send: get('/api/exports/revocation-list.csv'),
      allowed: ['dot'],
      status: 200,
    },
    {
      route: 'GET /api/exports/number-risk.csv',
      send: get('/api/exports/number-risk.csv'),
      allowed: ['dot'],
      status: 200,
    },
    { route: 'GET /api/exports', send: get('/api/exports'), allowed: ['dot'], status: 200 },
    {
      route: 'GET /api/reverification/progress',
      send: get('/api/reverification/progress'),
      allowed: ['dot'],
      status: 200,
    },
    {
      // A JSON body, not the CSV the route takes: the telecom role gets 400.
      route: 'POST /api/reverification-outcomes',
      send: post('/api/reverification-outcomes', {}),
      allowed: ['dot'],
      status: 400,
    },
    {
      // Nothing is overdue on the seed: the telecom role gets an empty disconnection.
      route: 'POST /api/reverification/disconnect-overdue',
      send: post('/api/reverification/disconnect-overdue', {}),
      allowed: ['dot'],
      status: 200,
    },
    { route: 'POST /api/cases', send: post('/api/cases', {}), allowed: REQUESTERS, status: 400 },
    { route: 'GET /api/cases', send: get('/api/cases'), allowed: REQUESTERS, status: 200 },
    { route: 'GET /api/cases/:id', send: get(`/api/cases/${caseId}`), allowed: REQUESTERS, status: 404 },
    {
      route: 'PATCH /api/cases/:id',
      send: patch(`/api/cases/${caseId}`, {}),
      allowed: REQUESTERS,
      status: 400,
    },
    {
      route: 'POST /api/cases/:id/members',
      send: post(`/api/cases/${caseId}/members`, {}),
      allowed: REQUESTERS,
      status: 400,
    },
    {
      route: 'DELETE /api/cases/:id/members/:username',
      send: remove(`/api/cases/${caseId}/members/Not A Name`),
      allowed: REQUESTERS,
      status: 400,
    },
    {
      route: 'POST /api/cases/:id/notes',
      send: post(`/api/cases/${caseId}/notes`, {}),
      allowed: REQUESTERS,
      status: 400,
    },
    {
      route: 'POST /api/cases/:id/views',
      send: post(`/api/cases/${caseId}/views`, {}),
      allowed: REQUESTERS,
      status: 400,
    },
    {
      route: 'GET /api/cases/:id/views/:viewId',
      send: get(`/api/cases/${caseId}/views/VIEW-000000000000`),
      allowed: REQUESTERS,
      status: 404,
    },
    {
      route: 'POST /api/cases/:id/pins',
      send: post(`/api/cases/${caseId}/pins`, {}),
      allowed: REQUESTERS,
      status: 400,
    },
    {
      route: 'DELETE /api/cases/:id/pins/:nodeId',
      send: remove(`/api/cases/${caseId}/pins/not-a-node`),
      allowed: REQUESTERS,
      status: 400,
    },
    { route: 'GET /api/alerts', send: get('/api/alerts'), allowed: REQUESTERS, status: 200 },
    { route: 'GET /api/alerts/count', send: get('/api/alerts/count'), allowed: REQUESTERS, status: 200 },
    { route: 'GET /api/alerts/rules', send: get('/api/alerts/rules'), allowed: REQUESTERS, status: 200 },
    { route: 'GET /api/alerts/:id', send: get(`/api/alerts/${alertId}`), allowed: REQUESTERS, status: 404 },
    {
      route: 'POST /api/alerts/:id/assign',
      send: post(`/api/alerts/${alertId}/assign`, {}),
      allowed: REQUESTERS,
      status: 400,
    },
    {
      route: 'POST /api/alerts/:id/dismiss',
      send: post(`/api/alerts/${alertId}/dismiss`, { reason: 'short' }),
      allowed: REQUESTERS,
      status: 400,
    },
    {
      route: 'POST /api/alerts/:id/snooze',
      send: post(`/api/alerts/${alertId}/snooze`, { until: '2020-01-01T00:00:00Z' }),
      allowed: REQUESTERS,
      status: 400,
    },
    { route: 'GET /api/queries', send: get('/api/queries'), allowed: REQUESTERS, status: 200 },
    {
      route: 'POST /api/queries/:name/run',
      send: post('/api/queries/handsets-most-numbers/run', { params: { limit: 3 } }),
      allowed: REQUESTERS,
      status: 200,
    },
    {
      route: 'GET /api/queries/:name/run.csv',
      send: get('/api/queries/handsets-most-numbers/run.csv?limit=3'),
      allowed: REQUESTERS,
      status: 200,
    },
    {
      route: 'POST /api/cypher',
      send: post('/api/cypher', { query: 'RETURN 1' }),
      allowed: ['analyst'],
      status: 200,
    },
    { route: 'GET /api/audit', send: get('/api/audit'), allowed: ['admin'], status: 200 },
    { route: 'GET /api/imports', send: get('/api/imports'), allowed: ['admin'], status: 200 },
    {
      route: 'POST /api/identities/:kycId/reveal',
      send: post(`/api/identities/${seeded!.truth.rings[0]!.identities[0]}/reveal`, { reason: 'short' }),
      allowed: EXPLORERS,
      status: 400,
    },
    {
      route: 'POST /api/auth/password',
      send: post('/api/auth/password', { currentPassword: 'x' }),
      allowed: ['investigator', 'analyst', 'dot', 'admin'],
      status: 400,
    },
    { route: 'GET /api/users', send: get('/api/users'), allowed: ['admin'], status: 200 },
    {
      route: 'POST /api/users',
      send: post('/api/users', { username: 'x' }),
      allowed: ['admin'],
      status: 400,
    },
    {
      route: 'POST /api/users/:username/disable',
      send: post('/api/users/Not A Name/disable', {}),
      allowed: ['admin'],
      status: 400,
    },
    {
      route: 'POST /api/users/:username/reset-password',
      send: post('/api/users/Not A Name/reset-password', {}),
      allowed: ['admin'],
      status: 400,
    },
  ];
}

describe('the role matrix', () => {
  it('lets each role reach exactly its routes: 401 without a session, 403 for the wrong role', async () => {
    const app = seeded!.app;
    const observed: string[] = [];
    const expected: string[] = [];
    for (const { route, send, allowed, status } of routeCases()) {
      for (const who of EVERYONE) {
        const response = await send(await app.as(who));
        observed.push(`${route} as ${who}: ${response.status}`);
        const denied = who === 'anonymous' ? 401 : 403;
        expected.push(`${route} as ${who}: ${allowed.includes(who) ? status : denied}`);
      }
    }
    expect(observed).toEqual(expected);
  });
});
