import { describe, expect, it } from 'vitest';
import { cypher, splitStatements } from '../../server/db/cypher-files.ts';
import { NODE_KINDS } from '../../server/graph/node-ref.ts';

describe('splitStatements', () => {
  it('splits on line-ending semicolons and drops comment lines', () => {
    const text = '// a comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// b\nRETURN "x;y";\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'RETURN "x;y"',
    ]);
  });
});

describe('cypher/schema.cypher', () => {
  const statements = splitStatements(cypher('schema'));

  it.each([
    ['Handset', 'imei'],
    ['SIM', 'msisdn'],
    ['Dealer', 'posId'],
    ['Identity', 'kycId'],
    ['Victim', 'victimId'],
    ['Complaint', 'ackNo'],
    ['BlockRequest', 'id'],
    ['DealerFlag', 'id'],
    ['User', 'username'],
    ['AuditEvent', 'id'],
    ['Ring', 'id'],
    ['ExportBatch', 'id'],
    ['Case', 'id'],
    ['CaseNote', 'id'],
    ['CaseView', 'id'],
  ])('has a uniqueness constraint on %s.%s', (label, key) => {
    const pattern = new RegExp(`FOR \\(\\w+:${label}\\) REQUIRE \\w+\\.${key} IS UNIQUE`);
    expect(statements.some((statement) => pattern.test(statement))).toBe(true);
  });

  it('is idempotent: every statement says IF NOT EXISTS', () => {
    for (const statement of statements) expect(statement).toContain('IF NOT EXISTS');
  });
});

// Labels cannot be parameters, so the statements that turn `{label, key}` into a node list every kind.
describe.each(['app/graph/resolve-nodes', 'app/graph/expand'])('the node lookup in %s', (name) => {
  it.each(Object.entries(NODE_KINDS))('finds %s by its key', (label, kind) => {
    const lookup = `MATCH (n:${label} {${kind.key}: ref.key}) WHERE ref.label = '${label}' RETURN n`;
    expect(cypher(name)).toContain(lookup);
  });
});
