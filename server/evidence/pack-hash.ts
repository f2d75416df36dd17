// The hash printed on an evidence pack and sent as X-Evidence-Sha256: SHA-256 of a canonical JSON of the
// pack's data (keys sorted at every depth, rows in the order the queries fix), not of the PDF's bytes, so
// the same data gives the same hash whenever and by whomever it is generated, and any change a new one.
import { createHash } from 'node:crypto';
import type { EvidencePack } from './pack-data.ts';

export const HASH_ALGORITHM = 'SHA-256';

/** JSON with every object's keys in sorted order; `undefined` members are left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

export const packHash = (pack: EvidencePack): string =>
  createHash('sha256').update(canonicalJson(pack), 'utf8').digest('hex');
