// Checks one CSV header or row against the contract, turning strings into typed values or located errors.
import { CONTRACT, type ColumnRule, type FileName } from './contract.ts';

export interface ImportError {
  file: string;
  /** 1-based line in the file; the header is line 1. */
  line: number;
  column: string;
  value: string;
  reason: string;
}

/** Values quoted in error reports are cut to this many characters (with their size). */
const SHOWN_VALUE_CHARS = 120;

/** A value as an error report shows it: whole when short, else its start and its length. */
export function shownValue(value: string): string {
  if (value.length <= SHOWN_VALUE_CHARS) return value;
  return `${value.slice(0, SHOWN_VALUE_CHARS)}… (${value.length.toLocaleString('en-IN')} characters)`;
}

export const validateHeader = (file: FileName, header: string[]): ImportError[] =>
  validateHeaderOf(file, CONTRACT[file], header);

/** The header of `file` against its columns (a contract file's, or an upload's own). */
export function validateHeaderOf(
  file: string,
  columns: Record<string, ColumnRule>,
  header: string[],
): ImportError[] {
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) {
      errors.push({
        file,
        line: 1,
        column: name,
        value: name,
        reason: 'the column appears twice in the header',
      });
      continue;
    }
    seen.add(name);
    // Own properties only: `constructor` or `__proto__` are in every object, not columns of the contract.
    if (!Object.hasOwn(columns, name)) {
      errors.push({
        file,
        line: 1,
        column: name,
        value: name,
        reason: `unknown column; expected ${Object.keys(columns).join(', ')}`,
      });
    }
  }
  for (const [name, rule] of Object.entries(columns)) {
    if (rule.required && !header.includes(name)) {
      errors.push({
        file,
        line: 1,
        column: name,
        value: '',
        reason: 'required column is missing from the header',
      });
    }
  }
  return errors;
}

export type ValidatedRow = Record<string, unknown>;

/** Parses every value of a row; empty optional values become undefined. */
export function validateRow(
  file: FileName,
  line: number,
  record: Record<string, string>,
): { row: ValidatedRow; errors: ImportError[] } {
  const { row, errors } = validateRowOf(file, CONTRACT[file], line, record);
  if (file === 'usage.csv' && errors.length === 0 && String(row.first_seen) > String(row.last_seen)) {
    errors.push({
      file,
      line,
      column: 'last_seen',
      value: String(row.last_seen),
      reason: 'last_seen is before first_seen',
    });
  }
  return { row, errors };
}

/** Parses every value of a row of `file` by its columns' rules; empty optional values become undefined. */
export function validateRowOf(
  file: string,
  columns: Record<string, ColumnRule>,
  line: number,
  record: Record<string, string>,
): { row: ValidatedRow; errors: ImportError[] } {
  const row: ValidatedRow = {};
  const errors: ImportError[] = [];
  for (const [column, rule] of Object.entries(columns)) {
    const raw = Object.hasOwn(record, column) ? record[column]! : '';
    if (raw.trim() === '') {
      if (rule.required)
        errors.push({ file, line, column, value: shownValue(raw), reason: 'required value is empty' });
      continue;
    }
    const parsed = rule.parse(raw);
    if (parsed.ok) row[column] = parsed.value;
    else errors.push({ file, line, column, value: shownValue(raw), reason: parsed.reason });
  }
  return { row, errors };
}
