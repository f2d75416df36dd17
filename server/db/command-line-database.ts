// The database a command-line tool (`npm run import`, `npm run eval`) works on: the Neo4j that NEO4J_URI
// names, or the local one, started for the command and stopped with it.
import { localConnection, type Config } from '../config.ts';
import { openDatabase, type Database } from './database.ts';
import { localNeo4jOptions, startLocalNeo4j } from './local-neo4j.ts';

export interface CommandLineDatabase {
  database: Database;
  /** Closes the driver, and stops the local Neo4j when the command started one. */
  close(): Promise<void>;
}

export async function openCommandLineDatabase(config: Config): Promise<CommandLineDatabase> {
  if (config.external) {
    const database = openDatabase(config.external);
    return { database, close: () => database.close() };
  }
  const local = await startLocalNeo4j(localNeo4jOptions(config.local, () => {}));
  const database = openDatabase(localConnection(local.uri));
  return {
    database,
    close: async () => {
      await database.close();
      await local.stop();
    },
  };
}
