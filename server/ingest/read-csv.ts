// Streams a contract CSV file (RFC 4180) as header, records by column name with their line numbers, and
// located errors instead of exceptions. Items come in batches, one per chunk read, because millions of
// rows one `await` each would cost more than parsing them. Lines without quotes, nearly all of them, are
// split directly; a record whose quotes are not yet balanced continues on the next line.
import { createReadStream } from 'node:fs';
import type { ImportError } from './validate-row.ts';

export type CsvItem =
  | { kind: 'header'; columns: string[] }
  | { kind: 'record'; line: number; record: Record<string, string> }
  | { kind: 'error'; error: ImportError };

const CHUNK_BYTES = 1 << 20;

export async function* readCsv(filePath: string, file: string): AsyncGenerator<CsvItem[]> {
  let columns: string[] | undefined;
  let lineNumber = 0;
  let carry = ''; // the unfinished last line of the previous chunk
  let open: { text: string; line: number } | undefined; // a record inside an open quote
  let items: CsvItem[] = [];

  const fail = (line: number, value: string, reason: string) =>
    items.push({ kind: 'error', error: { file, line, column: '', value, reason } });

  const addRecord = (fields: string[], line: number) => {
    if (!columns) {
      columns = fields.map((name) => name.trim());
      items.push({ kind: 'header', columns });
    } else if (fields.length !== columns.length) {
      fail(line, fields.join(','), `has ${fields.length} fields, the header has ${columns.length}`);
    } else {
      const record: Record<string, string> = {};
      for (let i = 0; i < fields.length; i++) record[columns[i]!] = fields[i]!;
      items.push({ kind: 'record', line, record });
    }
  };

  const addText = (text: string, line: number) => {
    const parsed = parseQuotedRecord(text);
    if (typeof parsed === 'string') fail(line, text, `not valid CSV: ${parsed}`);
    else addRecord(parsed, line);
  };

  const addLine = (raw: string) => {
    lineNumber++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (open) {
      open.text += `\n${line}`;
      if (hasBalancedQuotes(open.text)) {
        addText(open.text, open.line);
        open = undefined;
      }
    } else if (line === '') {
      // blank lines carry no record
    } else if (!line.includes('"')) {
      addRecord(line.split(','), lineNumber);
    } else if (hasBalancedQuotes(line)) {
      addText(line, lineNumber);
    } else {
      open = { text: line, line: lineNumber };
    }
  };

  let isFirstChunk = true;
  for await (const chunk of createReadStream(filePath, { encoding: 'utf8', highWaterMark: CHUNK_BYTES })) {
    let text = carry + (chunk as string);
    if (isFirstChunk && text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte-order mark
    isFirstChunk = false;
    const lines = text.split('\n');
    carry = lines.pop()!;
    for (const line of lines) addLine(line);
    if (items.length > 0) {
      yield items;
      items = [];
    }
  }
  if (carry !== '') addLine(carry);
  if (open) fail(open.line, open.text.slice(0, 200), 'not valid CSV: a quote opened here is never closed');
  if (!columns) fail(1, '', 'the file has no header row');
  if (items.length > 0) yield items;
}

function hasBalancedQuotes(text: string): boolean {
  let quotes = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) quotes++;
  return quotes % 2 === 0;
}

/** Splits one record with quoted fields; returns the reason when the quoting is malformed. */
export function parseQuotedRecord(text: string): string[] | string {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) return 'a quote is never closed';
        value += text.slice(i, close);
        if (text[close + 1] === '"') {
          value += '"'; // "" inside quotes is one quote
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      fields.push(value);
      if (i === text.length) return fields;
      if (text[i] !== ',') return `unexpected "${text[i]}" after a closing quote`;
      i++;
    } else {
      const comma = text.indexOf(',', i);
      const value = text.slice(i, comma === -1 ? text.length : comma);
      if (value.includes('"')) return 'a quote inside an unquoted field';
      fields.push(value);
      if (comma === -1) return fields;
      i = comma + 1;
    }
  }
}
