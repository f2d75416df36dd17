// `npm run db`: the local Neo4j in the foreground until Ctrl-C (data in $RINGSIDE_DATA_DIR/neo4j).
import path from 'node:path';
import { projectRoot } from '../server/client-build.ts';
import { readConfig } from '../server/config.ts';
import { startLocalNeo4j } from '../server/db/local-neo4j.ts';

const config = readConfig();
const neo4j = await startLocalNeo4j({
  dataDir: path.resolve(projectRoot, config.local.dataDir),
  port: config.local.port,
  heap: config.local.heap,
  pageCache: config.local.pageCache,
  onOutput: (line) => console.log(line),
});

const stop = async () => {
  await neo4j.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
neo4j.process.once('exit', (code) => process.exit(code ?? 1));
