// The seed's six CSV files (every contract file but the operators' re-verification outcomes, which only
// follow decisions taken in Ringside), written in the import contract's column order (server/ingest/contract.ts),
// so the generator and the importer cannot drift apart.
import path from 'node:path';
import { CONTRACT, type FileName } from '../server/ingest/contract.ts';
import { createCsvWriter, type CsvWriter } from './csv-writer.ts';
import { IMPORT_ORDER } from '../server/ingest/validate-folder.ts';

export interface DealerRow {
  pos_id: string;
  name: string;
  operator: string;
  circle: string;
  registered_on: string;
}
export interface IdentityRow {
  kyc_id: string;
  doc_type: string;
  name: string;
  photo_hash: string;
}
export interface HandsetRow {
  imei: string;
  brand: string;
  model: string;
}
export interface SimRow {
  msisdn: string;
  operator: string;
  circle: string;
  activated_on: string;
  pos_id: string;
  kyc_id: string;
  status: string;
}
export interface UsageRow {
  msisdn: string;
  imei: string;
  first_seen: string;
  last_seen: string;
}
export interface ComplaintRow {
  ack_no: string;
  source: string;
  category: string;
  channel: string;
  reported_on: string;
  amount_inr: string;
  victim_id: string;
  state: string;
  district: string;
  suspect_msisdns: string;
}

interface RowOf {
  'dealers.csv': DealerRow;
  'identities.csv': IdentityRow;
  'handsets.csv': HandsetRow;
  'sims.csv': SimRow;
  'usage.csv': UsageRow;
  'complaints.csv': ComplaintRow;
}

/** A file the generator writes. */
export type SeedFile = keyof RowOf & FileName;
/** Every import file but the operators' outcomes, which only follow a decision, in import order. */
const SEED_FILES = IMPORT_ORDER.filter((file): file is SeedFile => file !== 'reverification-outcomes.csv');

export interface SeedOutput {
  write<F extends SeedFile>(file: F, row: RowOf[F]): void;
  rowCounts(): Record<SeedFile, number>;
  /** Call between units of work: waits while the disk catches up. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

export function createSeedOutput(dir: string): SeedOutput {
  const files = SEED_FILES;
  const columns = Object.fromEntries(files.map((file) => [file, Object.keys(CONTRACT[file])])) as Record<
    SeedFile,
    string[]
  >;
  const writers = Object.fromEntries(
    files.map((file) => [file, createCsvWriter(path.join(dir, file), columns[file])]),
  ) as Record<SeedFile, CsvWriter>;

  return {
    write(file, row) {
      const values = row as unknown as Record<string, string>;
      writers[file].row(columns[file].map((column) => values[column]!));
    },
    rowCounts: () =>
      Object.fromEntries(files.map((file) => [file, writers[file].rows()])) as Record<SeedFile, number>,
    async drain() {
      for (const writer of Object.values(writers)) await writer.drain();
    },
    async close() {
      await Promise.all(Object.values(writers).map((writer) => writer.close()));
    },
  };
}
