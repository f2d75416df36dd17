// ground-truth.json: what the generator planted, so tests and benchmarks can measure how well the analysis
// finds the rings and spares the decoys. Streamed ring by ring: at national scale it lists 2 M numbers.
import { createWriteStream, renameSync } from 'node:fs';
import { once } from 'node:events';
import type { PlantedRing } from './farms.ts';

export interface GroundTruthWriter {
  ring(ring: PlantedRing): Promise<void>;
  /** Writes the fields after the rings and closes the file. */
  close(rest: Record<string, unknown>): Promise<void>;
}

export function createGroundTruthWriter(filePath: string, head: Record<string, unknown>): GroundTruthWriter {
  // Written under another name and renamed when complete: its presence says the whole seed was written
  // (the benchmarks reuse a seed folder that has one), and an interrupted run leaves none.
  const partialPath = `${filePath}.partial`;
  const stream = createWriteStream(partialPath, { encoding: 'utf8' });
  const opening = JSON.stringify(head, null, 2);
  // The head object's closing brace gives way to the rings array, then the rest.
  let pending = `${opening.slice(0, -2)},\n  "rings": [\n`;
  let rings = 0;
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  return {
    async ring(ring) {
      await write(`${pending}${rings++ === 0 ? '' : ',\n'}    ${JSON.stringify(ring)}`);
      pending = '';
    },
    async close(rest) {
      const tail = Object.entries(rest)
        .map(
          ([key, value]) =>
            `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}`,
        )
        .join(',\n');
      await write(`${pending}\n  ]${tail ? `,\n${tail}` : ''}\n}\n`);
      stream.end();
      await once(stream, 'finish');
      renameSync(partialPath, filePath);
    },
  };
}
