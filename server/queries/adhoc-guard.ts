// What ad-hoc Cypher may run. A fast first filter on the text (loading files or URLs, batching,
// administration, USE of another database, namespaced functions, credential properties), then the
// decision on Neo4j's own plan (cypher-plan-guard.ts), then the READ transaction itself.
import type { Database } from '../db/database.ts';
import { AppError } from '../http/errors.ts';
import { checkPlan, checkQueryText, explainable, type PlanOperator } from './cypher-plan-guard.ts';
import { asQueryError } from './run-read-query.ts';

export const MAX_QUERY_LENGTH = 20_000;

const REFUSED: { pattern: RegExp; status: 400 | 403; reason: string }[] = [
  {
    pattern: /\bLOAD\s+CSV\b/,
    status: 403,
    reason: 'LOAD CSV reads files and URLs from the server; import data with npm run import instead',
  },
  {
    pattern: /\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/,
    status: 400,
    reason: 'CALL … IN TRANSACTIONS is for batch writes; queries here are read-only',
  },
  { pattern: /\bCALL\s+DBMS\s*\./, status: 403, reason: 'dbms.* procedures administer the database' },
  {
    // Security and database administration. Plain writes (CREATE, MERGE, SET, DELETE, schema) are left
    // to the database, which refuses them in a READ transaction.
    pattern:
      /^\s*(SHOW|GRANT|REVOKE|DENY|TERMINATE|ALTER|RENAME|ENABLE)\b|^\s*(CREATE|DROP)\s+(OR\s+REPLACE\s+)?(USER|ROLE|DATABASE|COMPOSITE|ALIAS|SERVER)\b|^\s*(START|STOP)\s+DATABASE\b/,
    status: 403,
    reason: 'administration commands are not available here',
  },
  {
    // Anywhere outside literals, so a CYPHER prefix or a subquery cannot carry it.
    pattern: /\bUSE\s+[\w`$]/,
    status: 403,
    reason: 'queries run on the investigation database only (no USE)',
  },
];

/** Throws a 400 or 403 naming the refused construct; comments and string literals are ignored. */
export function checkAdhocCypher(query: string): void {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new AppError(400, 'BAD_INPUT', `The query is longer than ${MAX_QUERY_LENGTH} characters.`);
  }
  const code = withoutLiteralsAndComments(query);
  const upper = code.toUpperCase();
  for (const { pattern, status, reason } of REFUSED) {
    if (pattern.test(upper)) throw new AppError(status, 'REFUSED_CYPHER', `Refused: ${reason}.`);
  }
  checkQueryText(code, query);
}

/** The whole guard: the text filter, then Neo4j's plan of the query (nothing runs), in a READ transaction. */
export async function guardAdhocCypher(
  database: Database,
  query: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<void> {
  checkAdhocCypher(query);
  let summary;
  try {
    summary = await database.readTx(async (tx) => (await tx.run(explainable(query), params)).summary, {
      timeoutMs,
      metadata: { app: 'ringside', query: 'ad-hoc plan check' },
    });
  } catch (error) {
    throw asQueryError(error, timeoutMs);
  }
  if (!summary.plan) throw new AppError(403, 'REFUSED_CYPHER', 'Refused: Neo4j gave no plan to check.');
  checkPlan(summary.plan as unknown as PlanOperator, summary.queryType);
}

/** The query with string literals, quoted names and comments blanked, so only real keywords remain. */
export function withoutLiteralsAndComments(query: string): string {
  return query.replace(
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`/g,
    // A quoted name keeps its text (`dbms`.`listConfig` is still dbms.listConfig); literals go.
    (match) => (match.startsWith('`') ? match.slice(1, -1).replaceAll('``', '`') : ' '),
  );
}
