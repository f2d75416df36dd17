// Benchmark figures on disk: bench-results/<name>.json (every number) and .md (a table to quote).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../server/project-root.ts';

export const benchResultsDir = path.join(projectRoot, 'bench-results');

export interface BenchTable {
  title: string;
  columns: string[];
  rows: Array<Array<string | number>>;
  notes?: string[];
}

export function machineDescription() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
}

/** The fields every benchmark's JSON starts with: what ran, on what, when. */
export function resultHeader(
  benchmark: string,
  options: { scale: string; seed: number; heap: string; pageCache: string },
) {
  return {
    benchmark,
    scale: options.scale,
    seed: options.seed,
    at: new Date().toISOString(),
    machine: machineDescription(),
    neo4j: { heap: options.heap, pageCache: options.pageCache },
  };
}

/** Writes `<name>.json` and `<name>.md` and returns their paths. */
export function writeBenchResult(name: string, figures: object, table: BenchTable): string[] {
  mkdirSync(benchResultsDir, { recursive: true });
  const jsonPath = path.join(benchResultsDir, `${name}.json`);
  const markdownPath = path.join(benchResultsDir, `${name}.md`);
  writeFileSync(jsonPath, JSON.stringify(figures, null, 2) + '\n');
  const machine = machineDescription();
  const lines = [
    `# ${table.title}`,
    '',
    `${new Date().toISOString()} · ${machine.cpus} × ${machine.cpuModel} · ${machine.memoryGiB} GiB · Node ${machine.node}`,
    '',
    `| ${table.columns.join(' | ')} |`,
    `| ${table.columns.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    ...(table.notes ?? []).map((note) => `- ${note}`),
    '',
  ];
  writeFileSync(markdownPath, lines.join('\n'));
  return [jsonPath, markdownPath];
}
