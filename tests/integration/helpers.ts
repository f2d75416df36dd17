// Shared by integration tests: a database handle on the test Neo4j and an app listening on a free port.
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { localConnection } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';

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
