// Validates a whole import folder before anything is written: headers, every row, duplicate keys with
// conflicting values, and references between files. Reads each file once, streaming; memory grows with
// the number of distinct keys only.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT, type FileName } from './contract.ts';
import { readCsv } from './read-csv.ts';
import { validateHeader, validateRow, type ImportError, type ValidatedRow } from './validate-row.ts';

/** Files in dependency order: a file only refers to keys of files before it. */
export const IMPORT_ORDER: FileName[] = [
  'dealers.csv',
  'identities.csv',
  'handsets.csv',
  'sims.csv',
  'usage.csv',
  'complaints.csv',
  'reverification-outcomes.csv',
];

const KEY_COLUMN: Partial<Record<FileName, string>> = {
  'dealers.csv': 'pos_id',
  'identities.csv': 'kyc_id',
  'handsets.csv': 'imei',
  'sims.csv': 'msisdn',
  'complaints.csv': 'ack_no',
  // One answer a number: the same row again is fine, another outcome or day for it is not.
  'reverification-outcomes.csv': 'msisdn',
};

type ReferencedLabel = 'Dealer' | 'Identity' | 'SIM';

export interface UnresolvedReference {
  label: ReferencedLabel;
  key: string;
  /** Where the key is first referred to, for the error if the database lacks it too. */
  file: FileName;
  line: number;
  column: string;
}

export interface FolderValidation {
  /** The first `maxErrors` errors, in file order. */
  errors: ImportError[];
  errorCount: number;
  rowCounts: Partial<Record<FileName, number>>;
  /** Keys referred to but not defined in the folder: valid only if the database has them. */
  unresolved: UnresolvedReference[];
  /** The work of loading it: a row each, and a relationship each for the numbers a complaint names. */
  weight: number;
}

/** How many errors a report lists; the count goes on past it. */
export const DEFAULT_MAX_ERRORS = 1000;

export interface ValidateOptions {
  maxErrors?: number;
  onProgress?: (file: FileName, rows: number) => void;
  /**
   * The valid rows of each chunk read, in file order, for a consumer that works in the same pass (the
   * bulk-file writer); what it makes must be thrown away if the folder turns out to have errors.
   */
  onRows?: (file: FileName, rows: ValidatedRow[]) => Promise<void>;
}

export async function validateFolder(dir: string, options: ValidateOptions = {}): Promise<FolderValidation> {
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
  const result: FolderValidation = { errors: [], errorCount: 0, rowCounts: {}, unresolved: [], weight: 0 };
  const report = (error: ImportError) => {
    result.errorCount++;
    if (result.errors.length < maxErrors) result.errors.push(error);
  };
  const folderErrors = checkFolder(dir);
  folderErrors.forEach(report);
  if (folderErrors.length > 0) return result;
  const defined: Record<ReferencedLabel, Set<string>> = {
    Dealer: new Set(),
    Identity: new Set(),
    SIM: new Set(),
  };
  const unresolvedSeen = new Set<string>();
  const refer = (label: ReferencedLabel, key: string, file: FileName, line: number, column: string) => {
    const id = `${label}:${key}`;
    if (defined[label].has(key) || unresolvedSeen.has(id)) return;
    unresolvedSeen.add(id);
    result.unresolved.push({ label, key, file, line, column });
  };

  for (const file of IMPORT_ORDER) {
    const filePath = path.join(dir, file);
    if (!existsSync(filePath)) continue;
    const keyColumn = KEY_COLUMN[file];
    // A row's fingerprint per key: the same key again is fine only with the same values.
    const fingerprints = new Map<string, { line: number; fingerprint: string }>();
    let rows = 0;
    options.onProgress?.(file, 0);

    reading: for await (const items of readCsv(filePath, file)) {
      const validRows: ValidatedRow[] = [];
      for (const item of items) {
        if (item.kind === 'error') {
          report(item.error);
          continue;
        }
        if (item.kind === 'header') {
          const headerErrors = validateHeader(file, item.columns);
          headerErrors.forEach(report);
          if (headerErrors.length > 0) break reading; // rows cannot be read against a wrong header
          continue;
        }
        rows++;
        if (rows % 100_000 === 0) options.onProgress?.(file, rows);
        const { row, errors } = validateRow(file, item.line, item.record);
        errors.forEach(report);
        if (errors.length > 0) continue;

        if (keyColumn) {
          const key = String(row[keyColumn]);
          const fingerprint = fingerprintOf(file, row);
          const earlier = fingerprints.get(key);
          if (earlier && earlier.fingerprint !== fingerprint) {
            report({
              file,
              line: item.line,
              column: keyColumn,
              value: key,
              reason: `duplicate key with different values (first on line ${earlier.line})`,
            });
          } else if (!earlier) {
            fingerprints.set(key, { line: item.line, fingerprint });
          }
        }
        recordKeysAndReferences(file, item.line, row, defined, refer);
        result.weight += weightOf(file, row);
        validRows.push(row);
      }
      if (options.onRows && validRows.length > 0) await options.onRows(file, validRows);
    }
    result.rowCounts[file] = rows;
    options.onProgress?.(file, rows);
  }
  return result;
}

function recordKeysAndReferences(
  file: FileName,
  line: number,
  row: ValidatedRow,
  defined: Record<ReferencedLabel, Set<string>>,
  refer: (label: ReferencedLabel, key: string, file: FileName, line: number, column: string) => void,
): void {
  switch (file) {
    case 'dealers.csv':
      defined.Dealer.add(String(row.pos_id));
      break;
    case 'identities.csv':
      defined.Identity.add(String(row.kyc_id));
      break;
    case 'sims.csv':
      defined.SIM.add(String(row.msisdn));
      refer('Dealer', String(row.pos_id), file, line, 'pos_id');
      refer('Identity', String(row.kyc_id), file, line, 'kyc_id');
      break;
    case 'usage.csv':
      refer('SIM', String(row.msisdn), file, line, 'msisdn');
      break;
    case 'complaints.csv':
      for (const msisdn of row.suspect_msisdns as string[])
        refer('SIM', msisdn, file, line, 'suspect_msisdns');
      break;
    case 'reverification-outcomes.csv':
      refer('SIM', String(row.msisdn), file, line, 'msisdn');
      break;
    case 'handsets.csv':
      break;
  }
}

/** A row's share of a load's work: one, plus a relationship for each number a complaint names. */
export const weightOf = (file: FileName, row: ValidatedRow): number =>
  file === 'complaints.csv' ? 1 + (row.suspect_msisdns as string[]).length : 1;

/**
 * A row's values in an unambiguous encoding (every contract column in order, JSON, empty as null), as the
 * first 128 bits of their SHA-256: 16 bytes a key at national scale (2 M numbers), and two different rows
 * of one key never pass for the same (a 32-bit hash did: colliding names were found in a second).
 */
function fingerprintOf(file: FileName, row: ValidatedRow): string {
  const values = Object.keys(CONTRACT[file]).map((column) => row[column] ?? null);
  return createHash('sha256').update(JSON.stringify(values)).digest().toString('latin1', 0, 16);
}

/**
 * The folder itself: it must exist and be a folder, its contract files must be files, and a .csv file that
 * is not in the contract is an error naming the nearest contract name (a typo would otherwise be ignored).
 */
export function checkFolder(dir: string): ImportError[] {
  const folderError = (file: string, reason: string): ImportError => ({
    file,
    line: 0,
    column: '',
    value: '',
    reason,
  });
  if (!existsSync(dir)) return [folderError(dir, 'no such folder')];
  if (!statSync(dir).isDirectory())
    return [folderError(dir, 'not a folder: give the folder that holds the CSV files')];
  const errors: ImportError[] = [];
  const known = new Set<string>(IMPORT_ORDER);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name;
    if (known.has(name)) {
      if (!entry.isFile()) errors.push(folderError(name, 'not a file'));
    } else if (name.toLowerCase().endsWith('.csv')) {
      errors.push(folderError(name, `not a file of the import contract; did you mean ${nearestName(name)}?`));
    }
  }
  return errors;
}

function nearestName(name: string): string {
  let best: string = IMPORT_ORDER[0]!;
  let bestDistance = Infinity;
  for (const candidate of IMPORT_ORDER) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
