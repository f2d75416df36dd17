// Starts one real Neo4j for the integration run on a free port with a fresh data folder, and removes it after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { localConnection } from '../../server/config.ts';
import { openDatabase } from '../../server/db/database.ts';
import { findFreePort, startLocalNeo4j } from '../../server/db/local-neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ringside-test-neo4j-'));
  const neo4j = await startLocalNeo4j({
    dataDir,
    port: await findFreePort(),
    heap: '768m',
    pageCache: '256m',
    onOutput: (line) => {
      if (!line.startsWith('neo4j ready') && !line.startsWith('WARNING')) console.log(`[neo4j] ${line}`);
    },
  });
  // The schema the product applies at every start: without its indexes, imports degrade to label scans.
  const database = openDatabase(localConnection(neo4j.uri));
  await applySchema(database);
  await database.close();
  project.provide('neo4jUri', neo4j.uri);

  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
