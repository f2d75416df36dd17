import { describe, expect, it } from 'vitest';
import { cypher, splitStatements } from '../../server/db/cypher-files.ts';

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
  ])('has a uniqueness constraint on %s.%s', (label, key) => {
    const pattern = new RegExp(`FOR \\(\\w+:${label}\\) REQUIRE \\w+\\.${key} IS UNIQUE`);
    expect(statements.some((statement) => pattern.test(statement))).toBe(true);
  });

  it('is idempotent: every statement says IF NOT EXISTS', () => {
    for (const statement of statements) expect(statement).toContain('IF NOT EXISTS');
  });
});
