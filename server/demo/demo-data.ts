// Demo data for `npm start`: the small synthetic world (fixed seed), generated and imported into an empty
// database, so a first start shows fraud rings to explore.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSeed } from '../../seed/generate.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { requestAlertRules } from '../alerts/alert-rules-job.ts';
import { recomputeAnalysis, summariseAnalysis } from '../analysis/recompute-analysis.ts';
import { importFolder } from '../ingest/import-folder.ts';

const DEMO_SCALE = 'small';
const DEMO_SEED = 7;

/** Returns whether it imported (false when the database already had data). */
export async function loadDemoDataIfEmpty(database: Database, log: (line: string) => void): Promise<boolean> {
  const [row] = await database.readOnce(cypher('app/has-investigation-data'), 30_000);
  if (row?.hasData) return false;

  const folder = mkdtempSync(path.join(tmpdir(), 'ringside-demo-'));
  try {
    log(
      `empty database: importing demo data (${DEMO_SCALE} scale, seed ${DEMO_SEED}; RINGSIDE_DEMO=0 turns this off)`,
    );
    await generateSeed({ scale: DEMO_SCALE, seed: DEMO_SEED, outDir: folder });
    const started = Date.now();
    const result = await importFolder(database, folder, {
      onProgress: ({ phase, file, rows, total }) => {
        if (phase === 'load' && rows === total && rows > 0)
          log(`  ${file}: ${rows.toLocaleString('en-IN')} rows`);
      },
    });
    if (!result.ok) throw new Error(`demo data did not validate: ${JSON.stringify(result.errors[0])}`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(`demo data imported in ${seconds} s: ${result.nodes} nodes, ${result.relationships} relationships`);
    const scores = await recomputeAnalysis(database);
    log(summariseAnalysis(scores));
    await requestAlertRules(database); // the background worker runs them once the server is up
    return true;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
