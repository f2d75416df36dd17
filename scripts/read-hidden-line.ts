// Reads one line from the terminal without echoing it (for passwords); from a pipe, reads a plain line.
import { createInterface } from 'node:readline';

let pipedLines: AsyncIterator<string> | undefined;

export async function readHiddenLine(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  if (!input.isTTY) {
    // One reader for all lines: a pipe delivers them together, and a second reader would find none.
    pipedLines ??= createInterface({ input })[Symbol.asyncIterator]();
    const next = await pipedLines.next();
    if (next.done) throw new Error('no more input: expected a password line');
    return next.value;
  }
  return new Promise((resolve) => {
    let line = '';
    input.setRawMode(true);
    input.resume();
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          input.off('data', onData);
          input.setRawMode(false);
          input.pause();
          process.stderr.write('\n');
          return resolve(line);
        }
        if (char === '\u0003') process.exit(130); // Ctrl-C
        if (char === '\u007f' || char === '\b') line = line.slice(0, -1);
        else line += char;
      }
    };
    input.on('data', onData);
  });
}
