import { describe, expect, it } from 'vitest';
import { parseHeader, SavedQueryError } from '../../server/queries/saved-query-header.ts';
import { loadSavedQueries } from '../../server/queries/saved-queries.ts';

const file = 'cypher/saved/example-query.cypher';
const header = (lines: string[], statement = 'MATCH (h:Handset) RETURN h LIMIT $limit') =>
  [...lines, statement].join('\n');
const valid = [
  '// @name example-query',
  '// @title Example',
  '// @description First line',
  '//   and the second line.',
  '// @param limit int = 50 [1..1000] : how many',
];

describe('the saved query library (cypher/saved)', () => {
  it('parses every file: at least 15 queries, each with a title, a description and typed parameters', () => {
    const queries = loadSavedQueries();
    expect(queries.size).toBeGreaterThanOrEqual(15);
    for (const query of queries.values()) {
      expect(query.title.length, query.name).toBeGreaterThan(5);
      expect(query.description.length, query.name).toBeGreaterThan(30);
    }
  });
});

describe('parseHeader', () => {
  it('reads the fields, joins description lines and types the defaults', () => {
    const { header: parsed, statement } = parseHeader(
      file,
      header([
        ...valid,
        '// @roles investigator',
        '// @graph h',
        '// @expects rows',
        '// @identity h: name',
        '// @alert',
      ]),
    );
    expect(parsed).toEqual({
      name: 'example-query',
      title: 'Example',
      description: 'First line and the second line.',
      parameters: [{ name: 'limit', type: 'int', default: 50, min: 1, max: 1000, description: 'how many' }],
      roles: ['investigator'],
      graphColumns: ['h'],
      expectsRows: true,
      identityColumns: { key: 'h', personal: ['name'] },
      nationalOnly: false,
      isAlertRule: true,
    });
    expect(statement).toBe('MATCH (h:Handset) RETURN h LIMIT $limit');
  });

  it('parses list, date, msisdn and imei defaults in their stored form', () => {
    const { header: parsed } = parseHeader(
      file,
      header(
        [
          '// @name example-query',
          '// @title Example',
          '// @description Lists.',
          '// @param numbers list<msisdn> = +91 98765 43210, 09876543211',
          '// @param since date = 2025-01-31',
          '// @param imei imei = 490154203237518',
        ],
        'RETURN $numbers, $since, $imei',
      ),
    );
    expect(parsed.parameters.map((p) => p.default)).toEqual([
      ['9876543210', '9876543211'],
      '2025-01-31',
      '490154203237518',
    ]);
  });

  it.each([
    [['// @name example-query', '// @title Example', '// @param limit int = 50'], 1, 'missing @description'],
    [[...valid, '// @colour red'], 6, 'unknown header key @colour'],
    [[...valid.slice(0, 4), '// @param limit integer = 50'], 5, 'unknown type "integer"'],
    [
      [...valid.slice(0, 4), '// @param limit int = 5000 [1..1000]'],
      5,
      'default 5000 is above the maximum 1000',
    ],
    [[...valid.slice(0, 4), '// @param limit int = fifty'], 5, 'default "fifty" is not a whole number'],
    [
      [...valid, '// @param extra int = 1'],
      6,
      'parameter $extra is declared but the statement never uses it',
    ],
    [[...valid, '// @roles dot'], 6, '"dot" is not a role that runs queries'],
    [['// @name other-name', ...valid.slice(1)], 1, 'must match the file name'],
    [[...valid, '// @identity kycId'], 6, '@identity: expected kycIdColumn: column, column'],
    [[...valid, '// @scope circle'], 6, '@scope takes the single word "national"'],
    [[...valid, '// @alert always'], 6, '@alert takes no value'],
    [
      [...valid.slice(0, 4), '// @param limit int [1..1000]', '// @alert'],
      6,
      '@alert: parameter $limit has no default',
    ],
  ])('refuses a bad header, naming the file and line (%#)', (lines, line, reason) => {
    expect(() => parseHeader(file, header(lines))).toThrow(SavedQueryError);
    expect(() => parseHeader(file, header(lines))).toThrow(`${file}:${line}: `);
    expect(() => parseHeader(file, header(lines))).toThrow(reason);
  });

  it('refuses a statement that uses an undeclared parameter', () => {
    expect(() =>
      parseHeader(file, header(valid, 'MATCH (h:Handset {imei: $imei}) RETURN h LIMIT $limit')),
    ).toThrow(`${file}:6: the statement uses $imei but no @param declares it`);
  });
});
