// The header of a saved query (cypher/saved/*.cypher): `// @key value` lines before the statement.
//
//   // @name        handsets-most-numbers          (the file's name, in the URL)
//   // @title       Handsets used with the most numbers
//   // @description What it finds and why an investigator would ask (one or more lines)
//   // @param       from date = 2024-01-01 : first day of the window
//   // @param       limit int = 50 [1..1000] : how many handsets
//   // @roles       investigator, analyst         (analysts may run every saved query)
//   // @graph       h, sim                        (columns holding nodes, relationships or paths)
//   // @expects     rows                          (the small seed, with the defaults, returns rows)
//   // @alert                                     (run as an alert rule after every import: see below)
//
// A parameter is `name type [= default] [[min..max]] [: description]`; types are int, float, string,
// date, msisdn, imei and list<...> of those. Without a default a parameter is required. Anything wrong
// is a SavedQueryError naming the file and line.
//
// A query marked `@alert` is also a detection rule (server/alerts/saved-query-rules.ts), run with its
// defaults (so every parameter needs one) after each import: each row is an alert about the node in its
// `subject` column (a node, or its id `Label:key`), with optional `evidence` (nodes or ids), `score`
// (0-100) and `sentence` columns.
import { isRole, type Role } from '../auth/roles.ts';
import { parseDate, parseImei, parseMsisdn } from '../ingest/identifiers.ts';

export const SCALAR_TYPES = ['int', 'float', 'string', 'date', 'msisdn', 'imei'] as const;
export type ScalarType = (typeof SCALAR_TYPES)[number];

export interface ParameterSpec {
  name: string;
  type: ScalarType | `list<${ScalarType}>`;
  /** Already parsed and checked against the bounds; absent for a required parameter. */
  default?: unknown;
  min?: number;
  max?: number;
  description: string;
}

export interface SavedQueryHeader {
  name: string;
  title: string;
  description: string;
  parameters: ParameterSpec[];
  /** Who may run it besides analysts. */
  roles: Role[];
  graphColumns: string[];
  /** Whether the small seed, run with the defaults, is guaranteed to give rows (checked by a test). */
  expectsRows: boolean;
  /** Columns that name a person: the column with the identity's kycId and those masked outside scope. */
  identityColumns?: { key: string; personal: string[] };
  /** Only users of national scope may run it (it gathers identities across circles). */
  nationalOnly: boolean;
  /** Also run as an alert rule (`query:<name>`) after every import. */
  isAlertRule: boolean;
}

export class SavedQueryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

const KEYS = [
  'name',
  'title',
  'description',
  'param',
  'roles',
  'graph',
  'expects',
  'identity',
  'scope',
  'alert',
] as const;
const NAME = /^[a-z][a-z0-9-]{2,63}$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PARAMETER =
  /^(?<name>\S+)\s+(?<type>\S+)(?:\s*=\s*(?<default>[^[:]*?))?\s*(?:\[(?<min>-?[\d.]+)\.\.(?<max>-?[\d.]+)\])?\s*(?::\s*(?<description>.*))?$/;

type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses one value of a scalar type, as typed in a header default or a query string. */
export function parseScalar(type: ScalarType, text: string): Parsed {
  const raw = text.trim();
  switch (type) {
    case 'int':
      return /^-?\d+$/.test(raw) && Number.isSafeInteger(Number(raw))
        ? { ok: true, value: Number(raw) }
        : { ok: false, reason: `"${raw}" is not a whole number` };
    case 'float':
      return raw !== '' && Number.isFinite(Number(raw))
        ? { ok: true, value: Number(raw) }
        : { ok: false, reason: `"${raw}" is not a number` };
    case 'string':
      return { ok: true, value: text };
    case 'date':
      return parseDate(raw);
    case 'msisdn':
      return parseMsisdn(raw);
    case 'imei':
      return parseImei(raw);
  }
}

export const scalarOf = (type: ParameterSpec['type']): ScalarType =>
  (type.startsWith('list<') ? type.slice(5, -1) : type) as ScalarType;

/** Checks a parsed value (each element of a list) against the bounds: numbers by value, text by length. */
export function outOfBounds(spec: ParameterSpec, value: unknown): string | undefined {
  const values = Array.isArray(value) ? value : [value];
  for (const item of values) {
    const measure = typeof item === 'number' ? item : String(item).length;
    const what = typeof item === 'number' ? String(item) : `length ${measure}`;
    if (spec.min !== undefined && measure < spec.min) return `${what} is below the minimum ${spec.min}`;
    if (spec.max !== undefined && measure > spec.max) return `${what} is above the maximum ${spec.max}`;
  }
  return undefined;
}

export function parseHeader(file: string, text: string): { header: SavedQueryHeader; statement: string } {
  const lines = text.split('\n');
  const fields = new Map<string, { value: string; line: number }[]>();
  let lastKey: string | undefined;
  let bodyStart = lines.length;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '') continue;
    if (!line.startsWith('//')) {
      bodyStart = index;
      break;
    }
    const content = line.slice(2).trim();
    const tagged = /^@(\S+)\s*(.*)$/.exec(content);
    if (tagged) {
      const key = tagged[1]!;
      if (!(KEYS as readonly string[]).includes(key)) {
        throw new SavedQueryError(
          file,
          index + 1,
          `unknown header key @${key}; expected one of ${KEYS.map((k) => `@${k}`).join(', ')}`,
        );
      }
      fields.set(key, [...(fields.get(key) ?? []), { value: tagged[2]!.trim(), line: index + 1 }]);
      lastKey = key;
    } else if (lastKey === 'description' && content !== '') {
      // A description continues on the following comment lines.
      const entries = fields.get('description')!;
      entries[entries.length - 1]!.value += ` ${content}`;
    }
  }

  const statement = lines.slice(bodyStart).join('\n').trim();
  if (statement === '') throw new SavedQueryError(file, lines.length, 'no Cypher statement after the header');

  const one = (key: string): { value: string; line: number } => {
    const entries = fields.get(key) ?? [];
    if (entries.length === 0) throw new SavedQueryError(file, 1, `missing @${key}`);
    if (entries.length > 1) throw new SavedQueryError(file, entries[1]!.line, `@${key} given twice`);
    return entries[0]!;
  };

  const name = one('name');
  const expectedName = file.replace(/^.*\//, '').replace(/\.cypher$/, '');
  if (!NAME.test(name.value)) {
    throw new SavedQueryError(
      file,
      name.line,
      `@name "${name.value}": use 3-64 lower-case letters, digits and dashes`,
    );
  }
  if (name.value !== expectedName) {
    throw new SavedQueryError(
      file,
      name.line,
      `@name "${name.value}" must match the file name "${expectedName}"`,
    );
  }

  const parameters = (fields.get('param') ?? []).map(({ value, line }) => parseParameter(file, line, value));
  const names = new Set<string>();
  for (const [index, parameter] of parameters.entries()) {
    const line = fields.get('param')![index]!.line;
    if (names.has(parameter.name))
      throw new SavedQueryError(file, line, `parameter $${parameter.name} declared twice`);
    names.add(parameter.name);
    if (!new RegExp(`\\$${parameter.name}\\b`).test(statement)) {
      throw new SavedQueryError(
        file,
        line,
        `parameter $${parameter.name} is declared but the statement never uses it`,
      );
    }
  }
  for (const used of statement.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (!names.has(used[1]!)) {
      throw new SavedQueryError(
        file,
        bodyStart + 1,
        `the statement uses $${used[1]} but no @param declares it`,
      );
    }
  }

  const roles = fields.has('roles') ? splitList(one('roles').value) : [];
  for (const role of roles) {
    if (!isRole(role) || !['investigator', 'analyst'].includes(role)) {
      throw new SavedQueryError(
        file,
        one('roles').line,
        `@roles: "${role}" is not a role that runs queries (investigator, analyst)`,
      );
    }
  }

  const graphColumns = fields.has('graph') ? splitList(one('graph').value) : [];
  for (const column of graphColumns) {
    if (!IDENTIFIER.test(column))
      throw new SavedQueryError(file, one('graph').line, `@graph: "${column}" is not a column name`);
  }

  let expectsRows = false;
  if (fields.has('expects')) {
    const expects = one('expects');
    if (expects.value !== 'rows')
      throw new SavedQueryError(file, expects.line, '@expects takes the single word "rows"');
    expectsRows = true;
  }

  return {
    header: {
      name: name.value,
      title: one('title').value,
      description: one('description').value,
      parameters,
      roles: roles as Role[],
      graphColumns,
      expectsRows,
      identityColumns: fields.has('identity') ? parseIdentityColumns(file, one('identity')) : undefined,
      nationalOnly: fields.has('scope') ? parseScope(file, one('scope')) : false,
      isAlertRule: fields.has('alert') ? parseAlert(file, one('alert'), parameters) : false,
    },
    statement,
  };
}

/** `@identity kycId: name, docType`: the kycId column, then the columns masked outside the user's scope. */
function parseIdentityColumns(file: string, field: { value: string; line: number }) {
  const [key, personal] = field.value.split(':').map((part) => part.trim());
  const columns = splitList(personal ?? '');
  if (
    !key ||
    !IDENTIFIER.test(key) ||
    columns.length === 0 ||
    !columns.every((column) => IDENTIFIER.test(column))
  )
    throw new SavedQueryError(file, field.line, '@identity: expected kycIdColumn: column, column');
  return { key, personal: columns };
}

/** An alert rule runs unattended, with the defaults: every parameter needs one. */
function parseAlert(file: string, field: { value: string; line: number }, parameters: ParameterSpec[]) {
  if (field.value !== '') throw new SavedQueryError(file, field.line, '@alert takes no value');
  const required = parameters.find((parameter) => parameter.default === undefined);
  if (required) {
    throw new SavedQueryError(
      file,
      field.line,
      `@alert: parameter $${required.name} has no default (an alert rule runs with the defaults)`,
    );
  }
  return true;
}

function parseScope(file: string, field: { value: string; line: number }): boolean {
  if (field.value !== 'national')
    throw new SavedQueryError(file, field.line, '@scope takes the single word "national"');
  return true;
}

function parseParameter(file: string, line: number, text: string): ParameterSpec {
  const match = PARAMETER.exec(text);
  if (!match?.groups) {
    throw new SavedQueryError(
      file,
      line,
      `@param "${text}": expected name type [= default] [[min..max]] [: description]`,
    );
  }
  const { name, type, default: defaultText, min, max, description } = match.groups;
  if (!IDENTIFIER.test(name!))
    throw new SavedQueryError(file, line, `@param: "${name}" is not a parameter name`);
  const scalar = /^list<(.+)>$/.exec(type!)?.[1] ?? type!;
  if (!(SCALAR_TYPES as readonly string[]).includes(scalar)) {
    throw new SavedQueryError(
      file,
      line,
      `@param ${name}: unknown type "${type}"; expected ${SCALAR_TYPES.join(', ')} or list<...>`,
    );
  }
  const spec: ParameterSpec = {
    name: name!,
    type: type as ParameterSpec['type'],
    description: description?.trim() ?? '',
    ...(min !== undefined ? { min: Number(min), max: Number(max) } : {}),
  };
  if (spec.min !== undefined && !(spec.min <= spec.max!)) {
    throw new SavedQueryError(file, line, `@param ${name}: bounds [${min}..${max}] are not in order`);
  }
  if (defaultText !== undefined && defaultText.trim() !== '') {
    const parsed = parseValue(spec, defaultText);
    if (!parsed.ok) throw new SavedQueryError(file, line, `@param ${name}: default ${parsed.reason}`);
    spec.default = parsed.value;
  }
  return spec;
}

/** Parses a value from text (a header default, or a query string): lists are comma-separated. */
export function parseValue(spec: ParameterSpec, text: string): Parsed {
  const scalar = scalarOf(spec.type);
  const parts = spec.type.startsWith('list<') ? splitList(text) : [text];
  const values: unknown[] = [];
  for (const part of parts) {
    const parsed = parseScalar(scalar, part);
    if (!parsed.ok) return parsed;
    values.push(parsed.value);
  }
  const value = spec.type.startsWith('list<') ? values : values[0];
  const bounds = outOfBounds(spec, value);
  return bounds ? { ok: false, reason: bounds } : { ok: true, value };
}

const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
