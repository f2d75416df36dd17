// One search box for everything: what the text could be (an IMEI, a number in any common form, a dealer or
// KYC id, a complaint or victim token) is looked up exactly; words are also matched against names.
import neo4j, { type Node } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { luhnCheckDigit } from '../ingest/identifiers.ts';
import { toNodeElement } from './elements.ts';
import { NODE_KINDS, NODE_LABELS, nodeId, type NodeLabel, type NodeRef } from './node-ref.ts';
import { resolveNodes } from './resolve-nodes.ts';

export interface SearchResult {
  id: string;
  label: NodeLabel;
  key: string;
  caption: string;
  status?: string;
  /** `key`: the text is this node's identifier; `name`: a full-text match on a name. */
  match: 'key' | 'name';
  score: number;
}

/** Every node the text could identify exactly, most specific kinds first. */
function keyCandidates(text: string): NodeRef[] {
  const compact = text.trim().replace(/[\s-]/g, '');
  const candidates: NodeRef[] = [];
  // An IMEI typed without its check digit (as printed on some boxes) is still that handset.
  if (/^\d{14}$/.test(compact)) candidates.push({ label: 'Handset', key: compact + luhnCheckDigit(compact) });
  for (const label of NODE_LABELS) {
    const parsed = NODE_KINDS[label].parse(text);
    if (parsed.ok) candidates.push({ label, key: parsed.value });
  }
  return candidates;
}

/** Lucene query for names starting with each typed word, all words required; special characters escaped. */
function nameQuery(text: string): string | undefined {
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter((word) => /[\p{L}]/u.test(word));
  return words.length > 0 ? words.map((word) => `${word}*`).join(' AND ') : undefined;
}

/** `circles`: the user's jurisdiction, or null for national (name matches outside it are left out). */
export async function searchNodes(
  database: Database,
  text: string,
  limit: number,
  circles: readonly string[] | null = null,
): Promise<SearchResult[]> {
  return database.readTx(async (tx) => {
    const results = new Map<string, SearchResult>();
    const add = (node: Node, match: SearchResult['match'], score: number) => {
      const { data } = toNodeElement(node);
      if (results.has(data.id)) return;
      const status = typeof data.status === 'string' ? data.status : undefined;
      results.set(data.id, {
        id: data.id,
        label: data.label,
        key: data.key,
        caption: data.caption,
        status,
        match,
        score,
      });
    };

    const candidates = keyCandidates(text);
    const exact = await resolveNodes(tx, candidates);
    for (const candidate of candidates) {
      const node = exact.get(nodeId(candidate));
      if (node) add(node, 'key', 1);
    }
    const query = nameQuery(text);
    if (query && results.size < limit) {
      const named = await tx.run(cypher('app/graph/search-names'), {
        query,
        limit: neo4j.int(limit),
        // Enough candidates that a scoped user still gets `limit` names of their own circles.
        candidates: neo4j.int(circles ? Math.min(limit * 20, 1000) : limit),
        circles,
      });
      for (const record of named.records)
        add(record.get('node') as Node, 'name', record.get('score') as number);
    }
    return [...results.values()].slice(0, limit);
  });
}
