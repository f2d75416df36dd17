// Rules from the saved query library: a query with `// @alert` in its header runs after each import as
// rule `query:<name>`, the way user queries run (a READ transaction, the same timeout and row cap), with
// its defaults. Each row is a hit about the node in its `subject` column (a node, or its id `Label:key`);
// `evidence` (nodes or ids), `score` (0-100) and `sentence` columns are optional. Rows whose subject is
// not a node of the investigation graph are skipped.
import { nodeId, parseNodeId, type NodeRef } from '../graph/node-ref.ts';
import { cypherValues } from '../queries/query-parameters.ts';
import { runReadQuery } from '../queries/run-read-query.ts';
import { savedQueries, type SavedQuery } from '../queries/saved-queries.ts';
import { MAX_EVIDENCE, type AlertHit, type AlertRule } from './alert-rule.ts';

export const DEFAULT_QUERY_ALERT_SCORE = 50;

export function savedQueryRules(): AlertRule[] {
  return [...savedQueries().values()].filter((query) => query.isAlertRule).map(ruleOf);
}

function ruleOf(query: SavedQuery): AlertRule {
  return {
    name: `query:${query.name}`,
    description: query.description,
    async find(database, { limits }) {
      const defaults = Object.fromEntries(query.parameters.map((p) => [p.name, p.default]));
      const result = await runReadQuery(database, query.statement, cypherValues(query, defaults), {
        ...limits,
        graphColumns: new Set(),
        metadata: { app: 'ringside', purpose: 'alert rules', query: query.name },
      });
      return hitsFromRows(query, result.columns, result.rows);
    },
  };
}

/** A saved query's rows as hits (pure: the columns as the query named them, the cells as query rows carry them). */
export function hitsFromRows(
  query: Pick<SavedQuery, 'name' | 'title'>,
  columns: string[],
  rows: unknown[][],
): AlertHit[] {
  const at = {
    subject: columns.indexOf('subject'),
    evidence: columns.indexOf('evidence'),
    score: columns.indexOf('score'),
    sentence: columns.indexOf('sentence'),
  };
  if (at.subject < 0) throw new Error(`the @alert query ${query.name} returns no "subject" column`);
  return rows.flatMap((row): AlertHit[] => {
    const subject = refOf(row[at.subject]);
    if (!subject) return [];
    const evidence = at.evidence < 0 ? [] : [row[at.evidence]].flat();
    const ids = evidence.map(refOf).flatMap((ref) => (ref ? [nodeId(ref)] : []));
    const score = at.score < 0 ? NaN : Number(row[at.score]);
    const sentence = at.sentence < 0 ? '' : String(row[at.sentence] ?? '');
    return [
      {
        subject,
        evidence: [...new Set(ids.length > 0 ? ids : [nodeId(subject)])].slice(0, MAX_EVIDENCE),
        score: Number.isFinite(score)
          ? Math.max(0, Math.min(100, Math.round(score)))
          : DEFAULT_QUERY_ALERT_SCORE,
        sentence: sentence || `${query.title}: ${nodeId(subject)}.`,
      },
    ];
  });
}

/** A cell as a node reference: a node (`{id: 'Label:key', ...}` as query rows carry it) or its id. */
function refOf(cell: unknown): NodeRef | undefined {
  const id = typeof cell === 'object' && cell !== null ? (cell as { id?: unknown }).id : cell;
  try {
    return parseNodeId(id, 'subject');
  } catch {
    return undefined;
  }
}
