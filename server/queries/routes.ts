// The analysts' query API: the saved library (GET /api/queries, POST /api/queries/:name/run, and
// GET /api/queries/:name/run.csv) and read-only ad-hoc Cypher (POST /api/cypher). Every run, refused or
// not, is in the audit trail: who, which query, the parameters, rows and time.
import { Router, type Response } from 'express';
import { z } from 'zod';
import { recordAudit } from '../audit/audit-trail.ts';
import { actorOf, allow, sessionOf } from '../auth/access.ts';
import { identityRowMasker } from '../auth/identity-masking.ts';
import { isNational } from '../auth/scope.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import { AppError, ForbiddenError, NotFoundError } from '../http/errors.ts';
import { parseInput } from '../http/parse-input.ts';
import { guardAdhocCypher, MAX_QUERY_LENGTH } from './adhoc-guard.ts';
import { cypherValues, parametersFromJson, parametersFromQueryString } from './query-parameters.ts';
import { cypherParameters, runReadQuery, type QueryLimits } from './run-read-query.ts';
import { savedQueries, type SavedQuery } from './saved-queries.ts';
import { streamQueryCsv } from './stream-query-csv.ts';

const runBody = z.object({ params: z.record(z.string(), z.unknown()).default({}) });
const cypherBody = z.object({
  query: z.string().trim().min(1, 'write a query').max(MAX_QUERY_LENGTH),
  params: z.record(z.string(), z.unknown()).default({}),
});

export function queryRoutes(database: Database, limits: QueryLimits): Router {
  const router = Router();

  router.get('/queries', allow('runQueries'), (_request, response) => {
    const user = actorOf(response);
    const queries = [...savedQueries().values()]
      .filter((query) => mayRun(user, query) && (!query.nationalOnly || isNational(user.scope)))
      .map(describe);
    response.json({ queries });
  });

  router.post('/queries/:name/run', allow('runQueries'), async (request, response) => {
    const query = findQuery(request.params.name as string, actorOf(response));
    const { params } = parseInput(runBody, request.body ?? {}, 'body');
    const values = parametersFromJson(query.parameters, params);
    await audited(
      database,
      response,
      'query.run',
      `SavedQuery:${query.name}`,
      { params: values },
      async () => {
        const result = await runReadQuery(database, query.statement, cypherValues(query, values), {
          ...limits,
          graphColumns: new Set(query.graphColumns),
          metadata: { app: 'ringside', query: query.name, user: actorOf(response).username },
        });
        const mask = identityRowMasker(database, sessionOf(response), query.identityColumns);
        if (mask) result.rows = await mask(result.columns, result.rows);
        response.json({ query: query.name, params: values, ...result });
        return { rows: result.rowCount, truncated: result.truncated, ms: result.elapsedMs };
      },
    );
  });

  router.get('/queries/:name/run.csv', allow('runQueries'), async (request, response) => {
    const query = findQuery(request.params.name as string, actorOf(response));
    const values = parametersFromQueryString(query.parameters, request.query as Record<string, unknown>);
    await audited(database, response, 'query.csv', `SavedQuery:${query.name}`, { params: values }, () =>
      streamQueryCsv(database, response, query.name, query.statement, cypherValues(query, values), {
        timeoutMs: limits.timeoutMs,
        metadata: { app: 'ringside', query: query.name, user: actorOf(response).username },
        maskRows: identityRowMasker(database, sessionOf(response), query.identityColumns),
      }),
    );
  });

  router.post('/cypher', allow('adhocCypher'), async (request, response) => {
    const { query, params } = parseInput(cypherBody, request.body, 'body');
    if (!isNational(actorOf(response).scope)) throw nationalOnly('Ad-hoc Cypher');
    await audited(database, response, 'cypher.run', 'Cypher:ad-hoc', { query, params }, async () => {
      const values = cypherParameters(params) as Record<string, unknown>;
      await guardAdhocCypher(database, query, values, limits.timeoutMs);
      const result = await runReadQuery(database, query, values, {
        ...limits,
        graphColumns: 'all',
        metadata: { app: 'ringside', query: 'ad-hoc', user: actorOf(response).username },
      });
      response.json(result);
      return { rows: result.rowCount, truncated: result.truncated, ms: result.elapsedMs };
    });
  });

  return router;
}

const mayRun = (user: SessionUser, query: SavedQuery) =>
  user.role === 'analyst' || query.roles.includes(user.role);

function findQuery(name: string, user: SessionUser): SavedQuery {
  const query = savedQueries().get(name);
  if (!query) throw new NotFoundError(`No saved query "${name}".`, { name });
  if (!mayRun(user, query)) throw new ForbiddenError(`The ${user.role} role may not run "${name}".`);
  if (query.nationalOnly && !isNational(user.scope)) throw nationalOnly(`The query "${name}"`);
  return query;
}

/** Neo4j Community cannot restrict a query to some circles: such queries are for national scope only. */
const nationalOnly = (what: string) =>
  new AppError(
    403,
    'NATIONAL_SCOPE_ONLY',
    `${what} reads subscribers of every circle, so it is for users of national scope only; your scope is limited to some circles.`,
  );

function describe(query: SavedQuery) {
  return {
    name: query.name,
    title: query.title,
    description: query.description,
    parameters: query.parameters.map((parameter) => ({
      ...parameter,
      required: parameter.default === undefined,
    })),
    resultKind: query.graphColumns.length > 0 ? 'graph' : 'table',
    graphColumns: query.graphColumns,
    roles: ['analyst', ...query.roles.filter((role) => role !== 'analyst')],
  };
}

/** Runs `work` and records it, with its outcome or the error that stopped it. */
async function audited(
  database: Database,
  response: Response,
  action: string,
  target: string,
  details: Record<string, unknown>,
  work: () => Promise<Record<string, unknown> | void>,
): Promise<void> {
  const actor = actorOf(response);
  let outcome: Record<string, unknown> = {};
  try {
    outcome = (await work()) ?? {};
  } catch (error) {
    outcome = { refused: error instanceof AppError ? error.code : 'ERROR' };
    throw error;
  } finally {
    await database
      .writeTx((tx) => recordAudit(tx, actor, { action, target, details: { ...details, ...outcome } }))
      .catch((error: unknown) => console.error('could not record a query run in the audit trail:', error));
  }
}
