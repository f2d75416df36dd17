// The keys a delta folder touches, for incremental analysis (server/analysis/analyse-delta.ts): every
// number, handset, dealer, identity and photograph its rows name. Reads a folder that passed validation,
// so rows are taken as valid and normalised the way the importer stores them (numbers without +91).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FileName } from './contract.ts';
import { validRows } from './valid-rows.ts';
import type { ValidatedRow } from './validate-row.ts';

export interface DeltaScope {
  msisdns: string[];
  imeis: string[];
  posIds: string[];
  kycIds: string[];
  photoHashes: string[];
}

type KeySets = { [K in keyof DeltaScope]: Set<string> };

/** Which keys each file's rows bring, by column. */
const KEYS_OF: Record<FileName, (row: ValidatedRow, keys: KeySets) => void> = {
  'dealers.csv': (row, keys) => add(keys.posIds, row.pos_id),
  'identities.csv': (row, keys) => {
    add(keys.kycIds, row.kyc_id);
    add(keys.photoHashes, row.photo_hash);
  },
  'handsets.csv': (row, keys) => add(keys.imeis, row.imei),
  'sims.csv': (row, keys) => {
    add(keys.msisdns, row.msisdn);
    add(keys.posIds, row.pos_id);
    add(keys.kycIds, row.kyc_id);
  },
  'usage.csv': (row, keys) => {
    add(keys.msisdns, row.msisdn);
    add(keys.imeis, row.imei);
  },
  'complaints.csv': (row, keys) => {
    for (const msisdn of row.suspect_msisdns as string[]) add(keys.msisdns, msisdn);
  },
  // A number's re-verification status enters no score, grade or ring.
  'reverification-outcomes.csv': () => {},
};

function add(keys: Set<string>, value: unknown): void {
  if (typeof value === 'string' && value !== '') keys.add(value);
}

export async function readDeltaScope(dir: string): Promise<DeltaScope> {
  const keys: KeySets = {
    msisdns: new Set(),
    imeis: new Set(),
    posIds: new Set(),
    kycIds: new Set(),
    photoHashes: new Set(),
  };
  for (const file of Object.keys(KEYS_OF) as FileName[]) {
    const filePath = path.join(dir, file);
    if (!existsSync(filePath)) continue;
    for await (const rows of validRows(filePath, file)) for (const { row } of rows) KEYS_OF[file](row, keys);
  }
  return {
    msisdns: [...keys.msisdns].sort(),
    imeis: [...keys.imeis].sort(),
    posIds: [...keys.posIds].sort(),
    kycIds: [...keys.kycIds].sort(),
    photoHashes: [...keys.photoHashes].sort(),
  };
}
