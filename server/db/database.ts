// The one way into Neo4j: a driver plus readTx/writeTx with timeouts and transaction metadata.
import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Session,
  type SessionConfig,
} from 'neo4j-driver';
import type { Neo4jConnection } from '../config.ts';
import { currentCausalChain } from './causal-chain.ts';

export interface TxOptions {
  /** Who and why, stored as transaction metadata (visible in Neo4j's query log and listTransactions). */
  metadata?: Record<string, string>;
  timeoutMs?: number;
}

export interface Database {
  driver: Driver;
  name: string;
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: TxOptions): Promise<T>;
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: TxOptions): Promise<T>;
  /** Runs one read statement once, without the driver's retries: for probes that must report the present. */
  readOnce(statement: string, timeoutMs: number): Promise<Record<string, unknown>[]>;
  /**
   * Streams the rows of one read statement as Neo4j sends them (a batch at a time, pulled as the consumer
   * asks), never retried: for exports already half written to a client. Stopping early cancels the query.
   */
  streamRead(
    statement: string,
    params: Record<string, unknown>,
    options?: TxOptions & { onColumns?: (columns: string[]) => void },
  ): AsyncGenerator<Neo4jRecord>;
  /**
   * streamRead, handing the records on a batch at a time (at most `batchSize`, 1,000 unless said): a
   * consumer of millions of rows then pays an await a batch rather than a record.
   */
  streamReadBatches(
    statement: string,
    params: Record<string, unknown>,
    options?: TxOptions & { onColumns?: (columns: string[]) => void; batchSize?: number },
  ): AsyncGenerator<Neo4jRecord[]>;
  /**
   * Runs one write statement as an auto-commit transaction, once: the only way Neo4j runs `CALL … IN
   * TRANSACTIONS` (large deletions in steps).
   */
  writeAutoCommit(statement: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function openDatabase(connection: Neo4jConnection): Database {
  // The local Neo4j runs with auth off and accepts any credentials; an external one checks them.
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Integers come back as JavaScript numbers: our counts and amounts are far below 2^53.
    disableLosslessIntegers: true,
    // An interactive API fails fast (503) rather than retrying for the driver's default 30 s.
    maxTransactionRetryTime: 3_000,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
  });

  // Every session of this process follows every earlier write of this process (a job's reads see its
  // writes on a cluster's secondaries), and the bookmarks of the request it serves, if any (causal-chain.ts).
  const bookmarkManager = neo4j.bookmarkManager();
  const openSession = (config: Omit<SessionConfig, 'database' | 'bookmarks' | 'bookmarkManager'> = {}) =>
    driver.session({
      ...config,
      database: connection.database,
      bookmarkManager,
      bookmarks: currentCausalChain()?.bookmarks,
    });
  const afterWrite = (session: Session) => {
    const chain = currentCausalChain();
    if (!chain) return;
    chain.bookmarks = session.lastBookmarks();
    chain.onWrite?.(chain.bookmarks);
  };

  const run = async <T>(
    mode: 'read' | 'write',
    work: (tx: ManagedTransaction) => Promise<T>,
    options: TxOptions = {},
  ): Promise<T> => {
    const session = openSession();
    const config = { timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, metadata: options.metadata };
    try {
      if (mode === 'read') return await session.executeRead(work, config);
      const result = await session.executeWrite(work, config);
      afterWrite(session);
      return result;
    } finally {
      await session.close();
    }
  };

  async function* streamReadBatches(
    statement: string,
    params: Record<string, unknown>,
    options: TxOptions & { onColumns?: (columns: string[]) => void; batchSize?: number } = {},
  ): AsyncGenerator<Neo4jRecord[]> {
    const session = openSession({ defaultAccessMode: neo4j.session.READ, fetchSize: 10000 });
    const batchSize = options.batchSize ?? 1000;
    try {
      const result = session.run(statement, params, {
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        metadata: options.metadata,
      });
      // The column names arrive before any row, so a query with no rows still has its columns.
      options.onColumns?.((await result.keys()).map(String));
      let batch: Neo4jRecord[] = [];
      for await (const record of result) {
        batch.push(record);
        if (batch.length < batchSize) continue;
        yield batch;
        batch = [];
      }
      if (batch.length > 0) yield batch;
    } finally {
      await session.close();
    }
  }

  return {
    driver,
    name: connection.database,
    readTx: (work, options) => run('read', work, options),
    writeTx: (work, options) => run('write', work, options),
    readOnce: async (statement, timeoutMs) => {
      const session = openSession({ defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(statement, {}, { timeout: timeoutMs });
        return result.records.map((record) => record.toObject());
      } finally {
        await session.close();
      }
    },
    streamRead: async function* (statement, params, options = {}) {
      // A record as soon as it comes: a caller that stops early (a row cap) fetches nothing more.
      for await (const [record] of streamReadBatches(statement, params, { ...options, batchSize: 1 }))
        yield record!;
    },
    streamReadBatches: (statement, params, options) => streamReadBatches(statement, params, options),
    writeAutoCommit: async (statement, params = {}, timeoutMs = 3_600_000) => {
      const session = openSession({ defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.run(statement, params, { timeout: timeoutMs });
        afterWrite(session);
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}

/** True when the error means "the database cannot be reached", as opposed to a bad query. */
export function isConnectionError(error: unknown): boolean {
  return error instanceof Neo4jError && ['ServiceUnavailable', 'SessionExpired'].includes(error.code);
}
