// Keeps the local Neo4j that `npm start` owns running: if it dies, it is started again on the same port
// and data folder, and the driver reconnects by itself. Meanwhile the API answers 503.
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './local-neo4j.ts';

const RESTART_DELAY_MS = 2_000;

export interface SupervisedNeo4j {
  uri: string;
  stop(): Promise<void>;
}

export async function superviseLocalNeo4j(
  options: LocalNeo4jOptions,
  log: (line: string) => void,
): Promise<SupervisedNeo4j> {
  let current: LocalNeo4j = await startLocalNeo4j(options);
  let stopping = false;

  const watch = (instance: LocalNeo4j) => {
    instance.process.once('exit', (code, signal) => {
      if (stopping) return;
      log(
        `local Neo4j exited unexpectedly (code ${code}, signal ${signal}); restarting in ${RESTART_DELAY_MS / 1000} s`,
      );
      setTimeout(restart, RESTART_DELAY_MS);
    });
  };
  const restart = async () => {
    if (stopping) return;
    try {
      current = await startLocalNeo4j(options);
      log(`local Neo4j is back on ${current.uri}`);
      watch(current);
    } catch (error) {
      log(`local Neo4j did not restart: ${(error as Error).message}; trying again`);
      setTimeout(restart, RESTART_DELAY_MS);
    }
  };
  watch(current);

  return {
    uri: current.uri,
    stop: async () => {
      stopping = true;
      await current.stop();
    },
  };
}
