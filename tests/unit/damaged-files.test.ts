// Generated damage (issue #22): a valid file with a random line cut short, a stray quote dropped into an
// unquoted field, or bytes that are not UTF-8, at random places (seeded, so a failure can be replayed).
// Whatever the damage, validation must refuse the folder with an error naming the file and a line at or
// after the damage, and its time must grow with the file's size, not faster.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFolder } from '../../server/ingest/validate-folder.ts';
import { createRandom, type Random } from '../../seed/random.ts';

const root = mkdtempSync(path.join(tmpdir(), 'ringside-damage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

const HEADER = 'kyc_id,doc_type,name,photo_hash';
const identityLines = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `kyc-${String(10_000_000 + i)},PASSPORT,Person Number ${i},ph-${i}`,
  );

function folderWith(content: Buffer): string {
  const dir = path.join(root, String(folders++));
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'identities.csv'), content);
  return dir;
}

type Damage = 'truncate' | 'stray-quote' | 'bad-bytes';

/** The file with one line damaged; returns the bytes and the damaged line's number (the header is 1). */
function damaged(random: Random, rows: number, damage: Damage): { bytes: Buffer; line: number } {
  const lines = identityLines(rows);
  const index = random.int(0, rows - 1);
  const line = lines[index]!;
  const lineNumber = index + 2;
  const at = random.int(1, line.length - 2);
  let bytes: Buffer;
  if (damage === 'truncate') {
    // Cut inside the line, before its last comma: the row has too few fields.
    const cut = random.int(1, line.lastIndexOf(',') - 1);
    lines[index] = line.slice(0, cut);
    bytes = Buffer.from([HEADER, ...lines].join('\n') + '\n');
  } else if (damage === 'stray-quote') {
    const position = line.indexOf(',') + 1 + random.int(1, 5); // inside the doc_type or name field
    lines[index] = `${line.slice(0, position)}"${line.slice(position)}`;
    bytes = Buffer.from([HEADER, ...lines].join('\n') + '\n');
  } else {
    const before = Buffer.from([HEADER, ...lines.slice(0, index)].join('\n') + '\n' + line.slice(0, at));
    const after = Buffer.from(line.slice(at) + '\n' + lines.slice(index + 1).join('\n') + '\n');
    bytes = Buffer.concat([before, Buffer.from([random.pick([0xff, 0xc0, 0x80, 0xfe])]), after]);
  }
  return { bytes, line: lineNumber };
}

describe('generated damage', () => {
  const random = createRandom(22);
  const cases = Array.from({ length: 45 }, (_, i) => ({
    damage: (['truncate', 'stray-quote', 'bad-bytes'] as const)[i % 3]!,
    rows: random.int(5, 3_000),
  }));

  it.each(cases)(
    'refuses $damage in a file of $rows rows, naming the file and line',
    async ({ damage, rows }) => {
      const { bytes, line } = damaged(random, rows, damage);
      const result = await validateFolder(folderWith(bytes));
      expect(result.errorCount).toBeGreaterThan(0);
      const first = result.errors[0]!;
      expect(first.file).toBe('identities.csv');
      expect(first.line).toBeGreaterThanOrEqual(line);
    },
  );

  it('takes time in proportion to the file, a stray quote on line 2 included', async () => {
    const time = async (rows: number) => {
      const lines = identityLines(rows);
      lines[0] = lines[0]!.replace('PASSPORT', 'PASS"PORT');
      const dir = folderWith(Buffer.from([HEADER, ...lines].join('\n') + '\n'));
      // CPU time of this process, not wall time: other test files run beside this one on two cores.
      const started = process.cpuUsage();
      const result = await validateFolder(dir);
      expect(result.errors[0]).toMatchObject({ line: 2 });
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    };
    // The best of three runs of each size: a shared machine slows single runs down at random.
    const best = async (rows: number) => Math.min(await time(rows), await time(rows), await time(rows));
    await time(10_000); // warm up the parser
    const small = await best(20_000);
    const large = await best(200_000);
    // Ten times the rows: linear parsing takes about ten times as long; quadratic took a hundred (the
    // bound is loose, for a shared machine).
    expect(large / small).toBeLessThan(35);
  }, 60_000); // wall time is not what is measured: a busy CI machine took over 5 s for these runs
});
