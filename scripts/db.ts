// `npm run db`: the local Neo4j in the foreground until Ctrl-C (data in $RINGSIDE_DATA_DIR/neo4j).
import { readConfig } from '../server/config.ts';
import { localNeo4jOptions, startLocalNeo4j } from '../server/db/local-neo4j.ts';

const neo4j = await startLocalNeo4j(localNeo4jOptions(readConfig().local, (line) => console.log(line)));

const stop = async () => {
  await neo4j.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
neo4j.process.once('exit', (code) => process.exit(code ?? 1));
