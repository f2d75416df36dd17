// Every statement the server runs lives in cypher/ as a .cypher file and is referred to by name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root.ts';

export const cypherDir = path.join(projectRoot, 'cypher');
const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher, e.g. cypher('app/server-components'). Read once, then cached. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/**
 * Splits a file of several statements (schema.cypher) on the semicolons that end a line.
 * Lines starting with // are comments.
 */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
