// Jurisdiction masking: for a user scoped to some circles, an identity outside them shows `masked` for
// its name, photo and document type, wherever a response carries it (node details, expand, search,
// paths, suspects' and rings' evidence, query results), unless revealed in this session. Applied to
// every JSON answer of the API in one place (maskingResponses), so a new route cannot forget it.
// Numbers, handsets and dealers stay visible: they are the evidence that crosses state lines.
import type { RequestHandler } from 'express';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { circlesOf } from './scope.ts';
import type { Session } from './sessions.ts';

export const MASKED = 'masked';
/** Identity properties that identify a person: masked outside the user's scope. */
const PERSONAL = ['name', 'photoHash', 'docType'] as const;

type Json = unknown;
type JsonObject = Record<string, unknown>;

const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The identity an object of a response stands for, if it is one: `{label: 'Identity', key}`, a query
 * cell `{id: 'Identity:…', label, caption}`, or anything with the identity's kycId.
 */
function identityKeyOf(value: JsonObject): string | undefined {
  if (value.label !== 'Identity') return undefined;
  const fromId =
    typeof value.id === 'string' && value.id.startsWith('Identity:') ? value.id.slice(9) : undefined;
  const key =
    value.key ?? value.kycId ?? (isObject(value.properties) ? value.properties.kycId : undefined) ?? fromId;
  return typeof key === 'string' ? key : undefined;
}

function collectIdentityKeys(value: Json, into: Set<string>): Set<string> {
  const pending: Json[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (Array.isArray(item)) pending.push(...item);
    else if (isObject(item)) {
      const key = identityKeyOf(item);
      if (key) into.add(key);
      pending.push(...Object.values(item));
    }
  }
  return into;
}

function maskObject(value: JsonObject): JsonObject {
  const masked: JsonObject = { ...value, masked: true };
  for (const target of [
    masked,
    isObject(value.properties) ? (masked.properties = { ...value.properties }) : undefined,
  ]) {
    if (!target) continue;
    for (const field of PERSONAL) if (field in target) (target as JsonObject)[field] = MASKED;
  }
  if ('caption' in masked) masked.caption = 'Identity (masked)';
  return masked;
}

/** A copy of `value` with the identities in `hidden` masked; name-search hits on them are left out. */
export function maskIdentities(value: Json, hidden: ReadonlySet<string>): Json {
  if (Array.isArray(value)) {
    return value
      .filter((item) => !(isObject(item) && item.match === 'name' && hidden.has(identityKeyOf(item) ?? '')))
      .map((item) => maskIdentities(item, hidden));
  }
  if (!isObject(value)) return value;
  const key = identityKeyOf(value);
  const copy = Object.fromEntries(
    Object.entries(value).map(([name, item]) => [name, maskIdentities(item, hidden)]),
  );
  return key && hidden.has(key) ? maskObject(copy) : copy;
}

/** The identities among `kycIds` that the session's user may not see unmasked. */
export async function identitiesOutOfScope(
  database: Database,
  session: Session,
  kycIds: Iterable<string>,
): Promise<Set<string>> {
  const circles = circlesOf(session.user.scope);
  const candidates = [...kycIds].filter((kycId) => !session.revealed.includes(kycId));
  if (!circles || candidates.length === 0) return new Set();
  const [row] = await database.readTx(
    async (tx) =>
      (await tx.run(cypher('app/auth/identities-in-scope'), { kycIds: candidates, circles: [...circles] }))
        .records,
  );
  const inScope = new Set(row?.get('inScope') as string[]);
  return new Set(candidates.filter((kycId) => !inScope.has(kycId)));
}

/** Every JSON answer after this middleware has the identities outside the user's scope masked. */
export function maskingResponses(database: Database): RequestHandler {
  return (_request, response, next) => {
    const send = response.json.bind(response);
    response.json = (body: Json) => {
      const session = response.locals.session as Session | undefined;
      if (!session || !circlesOf(session.user.scope)) return send(body);
      identitiesOutOfScope(database, session, collectIdentityKeys(body, new Set()))
        .then((hidden) => send(hidden.size > 0 ? maskIdentities(body, hidden) : body))
        .catch(next);
      return response;
    };
    next();
  };
}

/** Masks rows of a query whose columns name identities (a saved query's `@identity kycId: name, …`). */
export type RowMasker = (columns: string[], rows: unknown[][]) => Promise<unknown[][]>;

export function identityRowMasker(
  database: Database,
  session: Session,
  identityColumns: { key: string; personal: string[] } | undefined,
): RowMasker | undefined {
  if (!identityColumns || !circlesOf(session.user.scope)) return undefined;
  return async (columns, rows) => {
    const keyIndex = columns.indexOf(identityColumns.key);
    const personal = identityColumns.personal.map((column) => columns.indexOf(column)).filter((i) => i >= 0);
    if (keyIndex < 0) return rows.map((row) => row.map((cell, i) => (personal.includes(i) ? MASKED : cell)));
    const keys = rows.map((row) => row[keyIndex]).filter((key): key is string => typeof key === 'string');
    const hidden = await identitiesOutOfScope(database, session, keys);
    return rows.map((row) =>
      hidden.has(row[keyIndex] as string)
        ? row.map((cell, i) => (personal.includes(i) ? MASKED : cell))
        : row,
    );
  };
}
