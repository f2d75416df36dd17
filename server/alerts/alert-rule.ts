// What a detection rule is: a name, what it looks for, and a function that reads the graph and returns its
// hits, each a subject node with the evidence behind it (node ids and a sentence an officer can read).
// Rules only read; raise-alerts.ts turns hits into alerts.
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import type { NodeRef } from '../graph/node-ref.ts';
import type { QueryLimits } from '../queries/run-read-query.ts';

export interface AlertHit {
  subject: NodeRef;
  /** Node ids (`Label:key`) behind the alert; more of them than before re-raises it. */
  evidence: string[];
  sentence: string;
  /** 0-100: how the queue ranks it. */
  score: number;
  /** Case ids when the alert only concerns those cases: then only their members see it. */
  audience?: string[] | null;
}

export interface RuleContext {
  /** The timeout and row cap of user queries (rules from saved queries run under them). */
  limits: QueryLimits;
}

export interface AlertRule {
  /** The rule's name, stored on its alerts: `evasion`, or `query:<saved query>`. */
  name: string;
  description: string;
  find(database: Database, context: RuleContext): Promise<AlertHit[]>;
}

/** Evidence nodes a rule names at most, besides its subject. */
export const MAX_EVIDENCE = 50;

/** A built-in rule's statement (cypher/app/alerts/<name>), in a read transaction. */
export async function readRuleRows<T>(
  database: Database,
  statement: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  return database.readTx(
    async (tx) => (await tx.run(cypher(statement), params)).records.map((record) => record.toObject() as T),
    { timeoutMs: 300_000, metadata: { app: 'ringside', purpose: 'alert rules', rule: statement } },
  );
}

/** `3 numbers` / `1 number`. */
export const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/** The first few of a list, and how many more. */
export function listSome(items: string[], shown = 5): string {
  const head = items.slice(0, shown).join(', ');
  return items.length > shown ? `${head} and ${items.length - shown} more` : head;
}
