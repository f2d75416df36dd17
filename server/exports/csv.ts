// CSV lines for exports that open in a spreadsheet: fields quoted when needed, and text that a spreadsheet
// would run as a formula (starting with =, +, -, @, a tab or a carriage return) prefixed with a quote.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Response } from 'express';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
/** Text written as it is, in one test: most values of a list of millions of rows. */
const PLAIN = /^(?![=+\-@\t\r])[^",\r\n]*$/;

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (PLAIN.test(text)) return text;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  let line = values.length > 0 ? csvField(values[0]) : '';
  for (let i = 1; i < values.length; i++) line += `,${csvField(values[i])}`;
  return `${line}\r\n`;
}

/**
 * Waits until a full response can take more, or the client has gone (then 'drain' never comes). The
 * listener of the event that did not happen is removed, so a slow client does not pile them up.
 */
export async function drainedOrClosed(response: Writable): Promise<void> {
  const loser = new AbortController();
  try {
    await Promise.race([
      once(response, 'drain', { signal: loser.signal }),
      once(response, 'close', { signal: loser.signal }),
    ]);
  } finally {
    loser.abort();
  }
}

/** Starts a CSV download named `filename` (not cached: lists change with every decision). */
export function startCsvDownload(response: Response, filename: string): void {
  response.status(200).set({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
  });
}
