// Streams a contract CSV file (RFC 4180) as header, records by column name with their line numbers, and
// located errors instead of exceptions. Items come in batches, one per chunk read, because millions of
// rows one `await` each would cost more than parsing them.
//
// What a careless or hostile supplier can send is an error of its line, and reading goes on with the next:
// bytes that are not UTF-8 (decoded strictly, never replaced by �), a quote inside an unquoted field, text
// after a closing quote, a wrong number of fields. A quoted field may span lines, but no contract value is
// longer than a few hundred characters, so a quote still open after MAX_OPEN_LINES lines is an error of
// the line that opened it, and the lines after it are read afresh. Each character is looked at once:
// parsing time grows with the file, whatever its damage.
import { createReadStream } from 'node:fs';
import { shownValue, type ImportError } from './validate-row.ts';

export type CsvItem =
  | { kind: 'header'; columns: string[] }
  | { kind: 'record'; line: number; record: Record<string, string> }
  | { kind: 'error'; error: ImportError };

const CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;
export const MAX_OPEN_LINES = 10;
const MAX_FIELD_CHARS = 10_000;

interface OpenRecord {
  line: number;
  fields: string[];
  field: string;
  /** The physical lines taken in so far, to read afresh if the quote turns out never to close. */
  lines: { text: string; line: number }[];
}

type Scan =
  | { kind: 'complete'; fields: string[] }
  | { kind: 'open'; fields: string[]; field: string }
  | { kind: 'error'; reason: string };

/**
 * Scans one physical line, continuing a quoted field when `open` is given. Every character is visited
 * once; a doubled quote inside quotes is one quote.
 */
function scanLine(text: string, open?: { fields: string[]; field: string }): Scan {
  const fields = open ? open.fields : [];
  let field = open ? open.field : '';
  let inQuotes = open !== undefined;
  let afterQuote = false;
  let fieldStarted = open !== undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        inQuotes = false;
        afterQuote = true;
      }
    } else if (c === ',') {
      fields.push(field);
      field = '';
      afterQuote = false;
      fieldStarted = false;
    } else if (afterQuote) {
      return { kind: 'error', reason: `unexpected "${c}" after a closing quote` };
    } else if (c === '"') {
      if (fieldStarted) return { kind: 'error', reason: 'a quote inside an unquoted field' };
      inQuotes = true;
      fieldStarted = true;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes) return { kind: 'open', fields, field: `${field}\n` };
  fields.push(field);
  return { kind: 'complete', fields };
}

/** Reads the file at `source`, or the bytes `source` (an upload), as `file`. */
export async function* readCsv(source: string | Buffer, file: string): AsyncGenerator<CsvItem[]> {
  let columns: string[] | undefined;
  let items: CsvItem[] = [];
  let open: OpenRecord | undefined;
  let lineNumber = 0;
  let isFirstLine = true;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  const fail = (line: number, value: string, reason: string, column = '') =>
    items.push({ kind: 'error', error: { file, line, column, value: shownValue(value), reason } });

  const addRecord = (fields: string[], line: number) => {
    if (!columns) {
      columns = fields.map((name) => name.trim());
      items.push({ kind: 'header', columns });
    } else if (fields.length !== columns.length) {
      fail(line, fields.join(','), `has ${fields.length} fields, the header has ${columns.length}`);
    } else {
      const record: Record<string, string> = Object.create(null) as Record<string, string>;
      for (let i = 0; i < fields.length; i++) record[columns[i]!] = fields[i]!;
      items.push({ kind: 'record', line, record });
    }
  };

  /** A quote that stayed open too long: an error of its line; the lines after it are read afresh. */
  const abandonOpen = (reason: string) => {
    const stuck = open!;
    open = undefined;
    fail(stuck.line, stuck.lines[0]!.text, `not valid CSV: ${reason}`);
    for (const later of stuck.lines.slice(1)) addLine(later.text, later.line);
  };

  const addLine = (raw: string, line: number) => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (open) {
      open.lines.push({ text, line });
      const scan = scanLine(text, open);
      if (scan.kind === 'complete') {
        const record = open;
        open = undefined;
        addRecord(scan.fields, record.line);
      } else if (scan.kind === 'error') {
        abandonOpen(`${scan.reason} (line ${line})`);
      } else {
        open.field = scan.field;
        if (open.lines.length >= MAX_OPEN_LINES || open.field.length > MAX_FIELD_CHARS)
          abandonOpen(`a quote opened here is not closed within ${MAX_OPEN_LINES} lines`);
      }
      return;
    }
    if (text === '') return; // blank lines carry no record
    if (!text.includes('"')) return addRecord(text.split(','), line);
    const scan = scanLine(text);
    if (scan.kind === 'complete') addRecord(scan.fields, line);
    else if (scan.kind === 'error') fail(line, text, `not valid CSV: ${scan.reason}`);
    else open = { line, fields: scan.fields, field: scan.field, lines: [{ text, line }] };
  };

  /** Decodes whole lines strictly; a line that is not UTF-8 is an error naming where, and is skipped. */
  const addBytes = (bytes: Uint8Array) => {
    let text: string | undefined;
    try {
      text = decoder.decode(bytes);
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      const lines = text.split('\n');
      if (isFirstLine && lines[0]!.charCodeAt(0) === 0xfeff) lines[0] = lines[0]!.slice(1); // a BOM
      isFirstLine = false;
      for (const line of lines) addLine(line, ++lineNumber);
      return;
    }
    // Somewhere in these lines is a byte sequence that is not UTF-8: find the line, line by line.
    let start = 0;
    while (start <= bytes.length) {
      let end = bytes.indexOf(NEWLINE, start);
      if (end === -1) end = bytes.length;
      const lineBytes = bytes.subarray(start, end);
      lineNumber++;
      const bad = invalidUtf8At(lineBytes);
      if (bad === -1) {
        let line = decoder.decode(lineBytes);
        if (isFirstLine && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
        addLine(line, lineNumber);
      } else {
        const before = decoder.decode(lineBytes.subarray(0, bad));
        const byte = lineBytes[bad]!.toString(16).padStart(2, '0');
        const fieldIndex = before.split(',').length - 1;
        fail(
          lineNumber,
          `${before}\\x${byte}`,
          `not valid UTF-8: byte 0x${byte} at character ${before.length + 1} of the line; the file must be UTF-8`,
          columns?.[fieldIndex] ?? '',
        );
      }
      isFirstLine = false;
      start = end + 1;
    }
  };

  let carry: Buffer = Buffer.alloc(0); // the unfinished last line of the previous chunk, as bytes
  const chunks =
    typeof source === 'string' ? createReadStream(source, { highWaterMark: CHUNK_BYTES }) : [source];
  for await (const chunk of chunks) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const lastNewline = bytes.lastIndexOf(NEWLINE);
    if (lastNewline === -1) {
      carry = bytes;
      continue;
    }
    addBytes(bytes.subarray(0, lastNewline));
    carry = Buffer.from(bytes.subarray(lastNewline + 1));
    if (items.length > 0) {
      yield items;
      items = [];
    }
  }
  if (carry.length > 0) addBytes(carry);
  while (open) abandonOpen('a quote opened here is never closed');
  if (!columns) fail(1, '', 'the file has no header row');
  if (items.length > 0) yield items;
}

/** The index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}
