// Every setting Ringside reads from the environment, parsed once (README has the table).
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from './auth/users.ts';

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  RINGSIDE_DATA_DIR: z.string().default('.data'),
  NEO4J_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_LOCAL_HEAP: z.string().default('1g'),
  NEO4J_LOCAL_PAGECACHE: z.string().default('512m'),
  RINGSIDE_DEMO: z.enum(['0', '1', 'false', 'true']).optional(),
  RINGSIDE_DEMO_PASSWORD: z.string().min(10, 'at least 10 characters').optional(),
  RINGSIDE_ADMIN_USER: z
    .string()
    .regex(USERNAME_PATTERN, '2-64 lower-case letters, digits, dots, dashes or underscores')
    .default('admin'),
  // Empty is unset: docker-compose.yml passes `${RINGSIDE_ADMIN_PASSWORD:-}` through.
  RINGSIDE_ADMIN_PASSWORD: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(256, 'at most 256 characters')
      .optional(),
  ),
  RINGSIDE_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  RINGSIDE_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  RINGSIDE_QUERY_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(10),
  RINGSIDE_QUERY_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(5_000),
  RINGSIDE_PEPPER: z.string().optional(),
  RINGSIDE_PUBLIC_URL: z.url().optional(),
  RINGSIDE_TRUST_PROXY: z.string().default('0'),
  RINGSIDE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RINGSIDE_INSTANCE_ID: z.string().min(1).max(100).optional(),
  RINGSIDE_INBOX: z.string().min(1).optional(),
  RINGSIDE_REVERIFICATION_BATCH_HANDSETS: z.coerce.number().int().min(1).max(10_000).default(500),
  RINGSIDE_REVERIFICATION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});

/**
 * express's `trust proxy`: 0/false (default: the client's own address), 1/true (one proxy in front), a
 * number of hops, or a list of proxy addresses.
 */
function trustProxyOf(value: string): boolean | number | string {
  if (value === '0' || value === 'false') return false;
  if (value === 'true') return 1;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Config {
  port: number;
  host: string;
  /** Set when the user names an existing Neo4j; otherwise Ringside starts its own. */
  external?: Neo4jConnection;
  local: { dataDir: string; port: number; heap: string; pageCache: string };
  /**
   * Load the synthetic demo data into an empty database. On by default for the local database only: an
   * external Neo4j is a real deployment, where fake fraud rings must never appear unless asked for.
   */
  demo: boolean;
  /** Password of the four demo users (one per role); generated at start when unset. */
  demoPassword?: string;
  /**
   * The first admin (RINGSIDE_ADMIN_USER, RINGSIDE_ADMIN_PASSWORD), created at start when the database has
   * no user at all; unset without RINGSIDE_ADMIN_PASSWORD.
   */
  firstAdmin?: { username: string; password: string };
  sessions: { idleMinutes: number; maxHours: number };
  /** Timeout and row cap of saved and ad-hoc queries. */
  queries: { timeoutMs: number; maxRows: number };
  /** Where Ringside keeps its own files (the local Neo4j's store, the pepper key file). */
  dataDir: string;
  pepper?: string;
  publicUrl?: string;
  trustProxy: boolean | number | string;
  logLevel: string;
  instanceId: string;
  /** Handsets whose numbers go to re-verification in one transaction. */
  reverificationBatchHandsets: number;
  /** Days a number may stay pending re-verification after its request's approval before it is overdue. */
  reverificationDays: number;
  /** The folder whose feeds the background worker imports (absolute); none when unset. */
  inbox?: string;
}

/** How to reach the local Neo4j: auth is off there (loopback only), and Community has one user database. */
export function localConnection(uri: string): Neo4jConnection {
  return { uri, user: 'neo4j', password: '', database: 'neo4j' };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    external: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : undefined,
    local: {
      dataDir: `${e.RINGSIDE_DATA_DIR}/neo4j`,
      port: e.NEO4J_LOCAL_PORT,
      heap: e.NEO4J_LOCAL_HEAP,
      pageCache: e.NEO4J_LOCAL_PAGECACHE,
    },
    demo:
      e.RINGSIDE_DEMO === undefined ? !e.NEO4J_URI : e.RINGSIDE_DEMO === '1' || e.RINGSIDE_DEMO === 'true',
    demoPassword: e.RINGSIDE_DEMO_PASSWORD,
    firstAdmin: e.RINGSIDE_ADMIN_PASSWORD
      ? { username: e.RINGSIDE_ADMIN_USER, password: e.RINGSIDE_ADMIN_PASSWORD }
      : undefined,
    sessions: { idleMinutes: e.RINGSIDE_SESSION_IDLE_MINUTES, maxHours: e.RINGSIDE_SESSION_MAX_HOURS },
    queries: { timeoutMs: e.RINGSIDE_QUERY_TIMEOUT_SECONDS * 1000, maxRows: e.RINGSIDE_QUERY_MAX_ROWS },
    dataDir: e.RINGSIDE_DATA_DIR,
    pepper: e.RINGSIDE_PEPPER,
    publicUrl: e.RINGSIDE_PUBLIC_URL,
    trustProxy: trustProxyOf(e.RINGSIDE_TRUST_PROXY),
    logLevel: e.RINGSIDE_LOG_LEVEL,
    instanceId: e.RINGSIDE_INSTANCE_ID ?? `${hostname()}:${process.pid}`,
    reverificationBatchHandsets: e.RINGSIDE_REVERIFICATION_BATCH_HANDSETS,
    reverificationDays: e.RINGSIDE_REVERIFICATION_DAYS,
    inbox: e.RINGSIDE_INBOX ? path.resolve(e.RINGSIDE_INBOX) : undefined,
  };
}
