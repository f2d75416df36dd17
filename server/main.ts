// `npm start`: the local Neo4j (unless NEO4J_URI names one), the schema, the client build, the server.
import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { clientBuildDir, ensureClientBuilt } from './client-build.ts';
import { localConnection, readConfig, type Config, type Neo4jConnection } from './config.ts';
import { openDatabase } from './db/database.ts';
import { localNeo4jOptions } from './db/local-neo4j.ts';
import { superviseLocalNeo4j, type SupervisedNeo4j } from './db/local-supervisor.ts';
import { applySchema } from './db/schema.ts';
import { loadDemoDataIfEmpty } from './demo/demo-data.ts';
import { saveDemoUsers } from './demo/demo-users.ts';
import { createFirstAdmin } from './auth/first-admin.ts';
import { createLoginLimiter } from './auth/login-limiter.ts';
import { createSessionStore } from './auth/sessions.ts';
import { userDirectoryFor } from './auth/users.ts';
import { startBackgroundWorker } from './background/worker.ts';
import { createLogger } from './http/request-log.ts';
import { recoverInterruptedImports } from './ingest/import-journal.ts';
import { tallyUntalliedAlerts } from './alerts/new-alert-tallies.ts';
import { ensureComplaintsEdition } from './editions/complaints-edition.ts';

const config = readConfigOrExit();
const logger = createLogger(config.logLevel, config.instanceId);
const log = (line: string) => logger.info(line);

function readConfigOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    console.error(`[ringside] could not start: ${(error as Error).message}`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  let localNeo4j: SupervisedNeo4j | undefined;
  let connection: Neo4jConnection;

  if (config.external) {
    connection = config.external;
    log(`using Neo4j at ${connection.uri} (database ${connection.database})`);
  } else {
    const options = localNeo4jOptions(config.local, (line) => console.log(`[neo4j] ${line}`));
    log(`starting local Neo4j (data in ${options.dataDir})...`);
    localNeo4j = await superviseLocalNeo4j(options, log);
    connection = localConnection(localNeo4j.uri);
  }

  const database = openDatabase(connection);
  const statements = await applySchema(database);
  log(`schema applied (${statements} statements)`);
  // A first load that died half-way is undone before anything reads it.
  for (const line of await recoverInterruptedImports(database)) log(line);
  const tallied = await tallyUntalliedAlerts(database);
  if (tallied > 0) log(`${tallied} new alerts from before the tallies counted into them`);
  await ensureComplaintsEdition(database);
  const users = userDirectoryFor(database, config);
  if (config.demo) await loadDemoDataIfEmpty(database, log);
  // Demo users only on the local database: on an external one they would be real accounts.
  if (config.demo && !config.external) await saveDemoUsers(users, config.demoPassword, log);
  // After the demo users: where they exist, the database has users and no admin is made.
  if (config.firstAdmin) await createFirstAdmin(users, config.firstAdmin, log);
  await ensureClientBuilt(log);

  const sessions = createSessionStore(database, config.sessions);
  const worker = startBackgroundWorker({
    database,
    sessions,
    instanceId: config.instanceId,
    logger,
    reverificationBatchHandsets: config.reverificationBatchHandsets,
    inbox: config.inbox,
    queryLimits: config.queries,
  });
  if (config.inbox) log(`importing the feeds of the inbox ${config.inbox}`);
  const app = createApp({
    database,
    clientDir: clientBuildDir,
    users,
    sessions,
    sessionIdleMinutes: config.sessions.idleMinutes,
    loginLimiter: createLoginLimiter(database),
    queryLimits: config.queries,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    instanceId: config.instanceId,
    logger,
    reverificationBatchHandsets: config.reverificationBatchHandsets,
    reverificationDays: config.reverificationDays,
  });
  const server: Server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log(`Ringside is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`);
  });

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}: shutting down`);
    server.close();
    server.closeAllConnections();
    await worker.stop();
    await database.close();
    await localNeo4j?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
