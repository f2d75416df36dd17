// The saved query library: every cypher/saved/*.cypher file, parsed once (a bad header stops the server
// at start, and fails `npm test`, naming the file and line).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../db/cypher-files.ts';
import { parseHeader, type SavedQueryHeader } from './saved-query-header.ts';

export interface SavedQuery extends SavedQueryHeader {
  statement: string;
}

export const savedQueriesDir = path.join(cypherDir, 'saved');

let library: Map<string, SavedQuery> | undefined;

export function loadSavedQueries(dir = savedQueriesDir): Map<string, SavedQuery> {
  const queries = new Map<string, SavedQuery>();
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()) {
    const { header, statement } = parseHeader(
      `cypher/saved/${file}`,
      readFileSync(path.join(dir, file), 'utf8'),
    );
    queries.set(header.name, { ...header, statement });
  }
  return queries;
}

export function savedQueries(): Map<string, SavedQuery> {
  library ??= loadSavedQueries();
  return library;
}
