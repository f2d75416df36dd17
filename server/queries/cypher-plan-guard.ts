// What ad-hoc Cypher may run, decided on Neo4j's own plan (EXPLAIN) rather than on the text: every
// operator must be one of a closed list of read operators, every procedure one of a few read-only
// catalogue procedures, and no operator may name the labels or properties that hold credentials and
// sessions. Text can be disguised (a `CYPHER` prefix, `PROFILE`, quoting); the plan is what would run.
import { AppError } from '../http/errors.ts';

/**
 * Read operators of Neo4j 5 (their `operatorType` without the `@database` suffix). Scans of every node or
 * relationship and seeks by internal id are left out: they reach nodes of any label, Ringside's own
 * accounts and sessions included, without naming it (a filter on `labels(n)` after a scan of all nodes); a query
 * starts from a label or a relationship type instead, which the plan names and this check sees.
 */
const READ_OPERATORS = new Set([
  // Leaves: scans, seeks and counts.
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'MultiNodeIndexSeek',
  'AssertingMultiNodeIndexSeek',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'Argument',
  'ArgumentTracker',
  'EmptyRow',
  // Traversals.
  'Expand(All)',
  'Expand(Into)',
  'OptionalExpand(All)',
  'OptionalExpand(Into)',
  'VarLengthExpand(All)',
  'VarLengthExpand(Into)',
  'VarLengthExpand(Pruning)',
  'VarLengthExpand(Pruning,BFS)',
  'VarLengthExpand(Pruning,BFS,All)',
  'VarLengthExpand(Pruning,BFS,Into)',
  'ShortestPath',
  'StatefulShortestPath(All)',
  'StatefulShortestPath(Into)',
  'Trail',
  'Repeat(Trail)',
  'NullifyMetadata',
  'ProjectEndpoints',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  // Rows: filters, projections, ordering, aggregation.
  'Filter',
  'Projection',
  'ProduceResults',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'Top1WithTies',
  'PartialTop',
  'Distinct',
  'OrderedDistinct',
  'Aggregation',
  'OrderedAggregation',
  'EagerAggregation',
  'Eager',
  'CacheProperties',
  'Unwind',
  'Optional',
  'Anti',
  'EmptyResult',
  'ProcedureCall', // the procedure itself is checked against READ_PROCEDURES
  // Subqueries and joins.
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Union',
  'OrderedUnion',
  'AssertSameNode',
  'AssertSameRelationship',
]);

/** Operators that would read every node or relationship, with what to do instead. */
const UNLABELLED: Record<string, string> = {
  AllNodesScan: 'every node of every kind',
  NodeByIdSeek: 'a node by its internal id, of any kind',
  NodeByElementIdSeek: 'a node by its internal id, of any kind',
  DirectedAllRelationshipsScan: 'every relationship of every type',
  UndirectedAllRelationshipsScan: 'every relationship of every type',
  DirectedRelationshipByIdSeek: 'a relationship by its internal id, of any type',
  UndirectedRelationshipByIdSeek: 'a relationship by its internal id, of any type',
  DirectedRelationshipByElementIdSeek: 'a relationship by its internal id, of any type',
  UndirectedRelationshipByElementIdSeek: 'a relationship by its internal id, of any type',
};

/** Procedures that describe the database's catalogue and change nothing. */
const READ_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

/** Namespaced functions that may appear; un-namespaced ones are Cypher's own built-ins. */
const FUNCTION_NAMESPACES = new Set([
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector',
]);

/**
 * Labels and properties of Ringside's own accounts, sessions, counters and leases, the audit trail (who
 * looked at what) and the import history (its errors quote feeds' raw values, outside any jurisdiction's
 * masking): for admins only, never for ad-hoc reads. Cases, their notes, views and pins are seen by their
 * members only (404 to anyone else), so their labels and links are closed too; no relationship joins them
 * to the investigation graph, where an untyped expand from a SIM could walk into them unnamed. Alerts are
 * read through their API, in the user's jurisdiction (they name their subject by key, not by a link), and
 * so are their tallies per circle; the data editions are bookkeeping of the server's caches.
 */
export const PROTECTED_LABELS = [
  'User',
  'Session',
  'SESSION_OF',
  'LoginThrottle',
  'Lease',
  'AuditEvent',
  'ImportRecord',
  'Case',
  'CaseNote',
  'CaseView',
  'CasePin',
  'MEMBER_OF',
  'HAS_NOTE',
  'HAS_VIEW',
  'HAS_PIN',
  'Alert',
  'NewAlertTally',
  'DataEdition',
] as const;
export const PROTECTED_PROPERTIES = ['passwordHash', 'tokenHash'] as const;

const PROTECTED_LABEL_IN_PLAN = new RegExp(`[:|&!]\\s*\`?(${PROTECTED_LABELS.join('|')})\\b`);
const PROTECTED_PROPERTY = new RegExp(`(${PROTECTED_PROPERTIES.join('|')})`, 'i');

export interface PlanOperator {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

/** The summary's query type: r (read), rw, w (write), s (schema or system). */
export type QueryType = string;

const refuse = (reason: string, details: Record<string, unknown>) =>
  new AppError(403, 'REFUSED_CYPHER', `Refused: ${reason}.`, details);

/** Throws 403 REFUSED_CYPHER (or READ_ONLY for writes) naming what is not allowed; returns when all is. */
export function checkPlan(plan: PlanOperator, queryType: QueryType): void {
  const problem = firstProblem(plan);
  if (queryType === 'w' || queryType === 'rw') {
    const what = problem?.details.procedure ?? problem?.details.operator ?? 'the query';
    throw new AppError(
      403,
      'READ_ONLY',
      `Queries here are read-only: ${String(what)} writes to the database.`,
      {
        ...problem?.details,
      },
    );
  }
  if (problem) throw refuse(problem.reason, problem.details);
  if (queryType !== 'r') throw refuse(`the query is of type "${queryType}", not a read`, { queryType });
}

function firstProblem(plan: PlanOperator): { reason: string; details: Record<string, string> } | undefined {
  for (const operator of operatorsOf(plan)) {
    const name = operator.operatorType.replace(/@.*$/, '');
    const details = typeof operator.arguments.Details === 'string' ? operator.arguments.Details : '';
    if (Object.hasOwn(UNLABELLED, name)) {
      return {
        reason: `the operator ${name} reads ${UNLABELLED[name]}, Ringside's own records included; start from a label or a relationship type (a SIM, a Handset by its IMEI, a USED_IN link)`,
        details: { operator: name },
      };
    }
    if (!READ_OPERATORS.has(name)) {
      return {
        reason: `the operator ${name} is not one that ad-hoc queries may use`,
        details: { operator: name },
      };
    }
    if (name === 'ProcedureCall') {
      const procedure = details.split('(')[0]!.trim();
      if (!READ_PROCEDURES.has(procedure)) {
        return {
          reason: `the procedure ${procedure} is not available here (allowed: ${[...READ_PROCEDURES].join(', ')})`,
          details: { procedure },
        };
      }
    }
    const label = PROTECTED_LABEL_IN_PLAN.exec(details)?.[1];
    if (label)
      return {
        reason: `${label} nodes are Ringside's own records (accounts, sessions, audit), not investigation data`,
        details: { label },
      };
    const property = PROTECTED_PROPERTY.exec(details)?.[1];
    if (property) return { reason: `the ${property} property is never readable`, details: { property } };
  }
  return undefined;
}

/** Checks the text for what the plan cannot show: namespaced functions and credential property names. */
export function checkQueryText(codeWithoutLiterals: string, rawQuery: string): void {
  for (const match of codeWithoutLiterals.matchAll(
    /(CALL\s+)?([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)+)\s*\(/gi,
  )) {
    if (match[1]) continue; // a procedure: judged on the plan
    const name = match[2]!.replace(/\s+/g, '');
    const namespace = name.split('.')[0]!.toLowerCase();
    if (!FUNCTION_NAMESPACES.has(namespace)) {
      throw refuse(`the function ${name} is not available here`, { function: name });
    }
  }
  // In any form, even inside a string, since a property can be read by name: n['passwordHash'].
  const property = PROTECTED_PROPERTY.exec(rawQuery)?.[1];
  if (property) throw refuse(`the ${property} property is never readable`, { property });
}

function* operatorsOf(plan: PlanOperator): Generator<PlanOperator> {
  const pending = [plan];
  while (pending.length > 0) {
    const operator = pending.pop()!;
    yield operator;
    pending.push(...operator.children);
  }
}

/** The query to EXPLAIN: a PROFILE or EXPLAIN the user wrote (after any CYPHER options) taken out. */
export function explainable(query: string): string {
  const withoutMode = query.replace(
    /^(\s*(?:CYPHER(?:\s+\d+(?:\.\d+)?|\s+[\w.]+\s*=\s*[\w.]+)*\s+)?)(EXPLAIN|PROFILE)\b/i,
    '$1',
  );
  return `EXPLAIN ${withoutMode}`;
}
