// Buffered CSV output with back-pressure: rows are appended synchronously, and `drain()` between units
// of work hands full buffers to the file stream and waits for it, so memory stays bounded at any scale.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const FLUSH_AT_CHARS = 1 << 18;

/** RFC 4180: quote a field that holds a comma, a quote or a line break, doubling its quotes. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CsvWriter {
  row(values: ReadonlyArray<string | number>): void;
  rows(): number;
  drain(): Promise<void>;
  close(): Promise<void>;
}

export function createCsvWriter(filePath: string, header: readonly string[]): CsvWriter {
  const stream: WriteStream = createWriteStream(filePath, { encoding: 'utf8' });
  let buffer = header.map(csvField).join(',') + '\n';
  let count = 0;

  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = buffer;
    buffer = '';
    if (!stream.write(chunk)) await once(stream, 'drain');
  };

  return {
    row(values) {
      buffer += values.map(csvField).join(',') + '\n';
      count++;
    },
    rows: () => count,
    async drain() {
      if (buffer.length >= FLUSH_AT_CHARS) await flush();
    },
    async close() {
      await flush();
      stream.end();
      await once(stream, 'finish');
    },
  };
}
