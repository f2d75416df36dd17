// Shared by integration tests: a database handle on the test Neo4j, an app listening on a free port, and
// the small seed loaded as after an import.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { localConnection } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { recomputeAnalysis } from '../../server/analysis/recompute-analysis.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import type { PlantedRing } from '../../seed/farms.ts';
import { generateSeed } from '../../seed/generate.ts';
import type { PlantedDecoys } from '../../seed/subscribers.ts';

export function openTestDatabase(): Database {
  return openDatabase(localConnection(inject('neo4jUri')));
}

export interface RunningApp {
  baseUrl: string;
  close(): Promise<void>;
}

export function serveApp(database: Database, clientDir?: string): Promise<RunningApp> {
  const app = createApp({ database, clientDir });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

export interface GroundTruth {
  rings: PlantedRing[];
  rogueDealers: string[];
  decoys: PlantedDecoys;
}

interface LoadedSeed {
  /** The generated files, ground-truth.json among them. */
  dir: string;
  truth: GroundTruth;
  /** Removes the generated files. */
  remove(): void;
}

/** Replaces the test database's content with the small seed (seed 7), imported and analysed as `npm run import` leaves it. */
export async function loadSmallSeed(database: Database): Promise<LoadedSeed> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ringside-small-seed-'));
  await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await generateSeed({ scale: 'small', seed: 7, outDir: dir });
  const imported = await importFolder(database, dir);
  if (!imported.ok) throw new Error(`the small seed did not import: ${JSON.stringify(imported.errors[0])}`);
  await recomputeAnalysis(database);
  return {
    dir,
    truth: JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as GroundTruth,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface SeededApp extends LoadedSeed {
  app: RunningApp;
  /** Stops the app, closes the database handle and removes the seed files. */
  close(): Promise<void>;
}

/** The small seed loaded (see loadSmallSeed) and the app serving it. */
export async function serveSmallSeed(database: Database): Promise<SeededApp> {
  const seed = await loadSmallSeed(database);
  const app = await serveApp(database);
  return {
    ...seed,
    app,
    close: async () => {
      await app.close();
      await database.close();
      seed.remove();
    },
  };
}
