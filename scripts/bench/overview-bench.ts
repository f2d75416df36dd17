// `npm run bench -- overview --scale S`: latency of the home page (GET /api/overview) for each role and
// for a state police officer, and of the map's reads (GET /api/geo/...), from concurrent clients against
// the app in its own process, on a database with the analysis, the alerts and some decision work done
// (block requests waiting and approved, with their numbers in re-verification; dealer flags), as after a
// first load and a few days' work. Goal: overview p95 at most 300 ms on the national data.
import neo4j from 'neo4j-driver';
import { runAlertRules } from '../../server/alerts/run-alert-rules.ts';
import { recomputeAnalysis } from '../../server/analysis/recompute-analysis.ts';
import type { Role } from '../../server/auth/roles.ts';
import type { Database } from '../../server/db/database.ts';
import { startAppProcess } from './app-process.ts';
import { startBenchDatabase, type BenchDatabaseOptions } from './bench-database.ts';
import { benchSession } from './bench-session.ts';
import { getJson, latencyTable, measure, type Latencies } from './load-clients.ts';
import { resultHeader, writeBenchResult } from './report.ts';

export interface OverviewBenchOptions extends BenchDatabaseOptions {
  /** Each request is measured at each of these numbers of concurrent clients. */
  clients: number[];
  requestsPerClient: number;
}

const log = (line: string) => console.log(`[bench] ${line}`);
const GOAL_P95_MS = 300;
/** The seed's records end here: the investigators' weeks are asked for up to it, so they hold complaints. */
const SEED_END = '2026-06-30';
/** Rings whose handsets the bench investigator asks to block; the telecom role approves half of them. */
const REQUESTED_RINGS = 10;
const FLAGGED_DEALERS = 5;

async function readRows(database: Database, statement: string, params: Record<string, unknown> = {}) {
  return database.readTx(async (tx) => (await tx.run(statement, params)).records.map((r) => r.toObject()), {
    timeoutMs: 600_000,
  });
}

/** The figures behind the pages: what the statements read through. */
async function worldFigures(database: Database) {
  const count = async (statement: string) => (await readRows(database, statement))[0]!.n as number;
  return {
    complaints: await count('MATCH (c:Complaint) RETURN count(c) AS n'),
    alerts: await count('MATCH (a:Alert) RETURN count(a) AS n'),
    rings: await count('MATCH (r:Ring) RETURN count(r) AS n'),
    blockRequests: await count('MATCH (r:BlockRequest) RETURN count(r) AS n'),
    numbersInReverification: await count(
      'MATCH (s:SIM) WHERE s.reverificationRequestId IS NOT NULL RETURN count(s) AS n',
    ),
  };
}

/** Scores and rings (with the day of each ring's newest complaint), then the alerts, unless done already. */
async function ensureAnalysed(database: Database) {
  const [stored] = await readRows(
    database,
    'RETURN EXISTS { MATCH (r:Ring) WHERE r.lastComplaintOn IS NOT NULL } AS rings, EXISTS { (:Alert) } AS alerts',
  );
  const done: Record<string, number> = {};
  if (!stored!.rings) {
    log('recomputing scores and rings...');
    done.recomputeSeconds = (await recomputeAnalysis(database)).seconds;
    log(`  ${done.recomputeSeconds.toFixed(1)} s`);
  }
  if (!stored!.alerts) {
    log('running the alert rules...');
    const started = Date.now();
    await runAlertRules(database);
    done.alertRulesSeconds = (Date.now() - started) / 1000;
    log(`  ${done.alertRulesSeconds.toFixed(1)} s`);
  }
  return done;
}

/** Block requests for the handsets of the richest rings, half approved, and dealer flags, through the API. */
async function ensureDecisionWork(database: Database, baseUrl: string, cookies: Record<Role, string>) {
  const [existing] = await readRows(database, 'RETURN EXISTS { (:BlockRequest) } AS done');
  if (existing!.done) return;
  log(
    `requesting blocks for ${REQUESTED_RINGS} rings, approving half, flagging ${FLAGGED_DEALERS} dealers...`,
  );
  const rings = await readRows(
    database,
    `MATCH (r:Ring) WITH r ORDER BY r.amountLost DESC, r.id LIMIT $rings
     RETURN r.id AS id, COLLECT { MATCH (r)-[:INCLUDES]->(h:Handset {status: 'active'}) RETURN h.imei } AS imeis`,
    { rings: neo4j.int(REQUESTED_RINGS) },
  );
  for (const [index, ring] of rings.entries()) {
    const { id } = (await getJson(cookies.investigator, `${baseUrl}/api/block-requests`, {
      imeis: ring.imeis,
      reason: `SIM-box farm ${ring.id} behind NCRP complaints`,
      caseRef: `FIR ${index + 1}/2026 Cyber PS`,
      acknowledgeCaution: true,
      justification: 'benchmark: checked on the ground',
    })) as { id: string };
    if (index % 2 === 0) await getJson(cookies.dot, `${baseUrl}/api/block-requests/${id}/approve`, {});
  }
  const dealers = await readRows(
    database,
    `MATCH (d:Dealer {status: 'active'}) WHERE d.riskScore IS NOT NULL
     RETURN d.posId AS posId ORDER BY d.riskScore DESC, d.posId LIMIT $limit`,
    { limit: neo4j.int(FLAGGED_DEALERS) },
  );
  for (const { posId } of dealers)
    await getJson(cookies.investigator, `${baseUrl}/api/dealers/${posId}/flag`, {
      reason: 'benchmark: sold a farm most of its numbers',
    });
}

export async function runOverviewBench(options: OverviewBenchOptions): Promise<void> {
  const { uri, database, stop } = await startBenchDatabase('overview', options);
  const app = await startAppProcess(uri).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  try {
    const analysed = await ensureAnalysed(database);
    const baseUrl = app.baseUrl;
    const cookies = {
      investigator: await benchSession(database, baseUrl, 'investigator'),
      analyst: await benchSession(database, baseUrl, 'analyst'),
      dot: await benchSession(database, baseUrl, 'dot'),
      admin: await benchSession(database, baseUrl, 'admin'),
    } satisfies Record<Role, string>;
    await ensureDecisionWork(database, baseUrl, cookies);
    // The circle farms work from most: the state police with the most to see.
    const officer = await benchSession(database, baseUrl, 'investigator', ['BR']);
    const [ring] = await readRows(
      database,
      'MATCH (r:Ring) RETURN r.id AS id ORDER BY r.amountLost DESC LIMIT 1',
    );
    const figures = await worldFigures(database);
    log(`world: ${JSON.stringify(figures)}`);

    const get = (cookie: string, path: string) => () => getJson(cookie, `${baseUrl}${path}`);
    const overviews: Record<string, () => Promise<unknown>> = {
      'overview investigator': get(cookies.investigator, `/api/overview?until=${SEED_END}`),
      'overview investigator (BR)': get(officer, `/api/overview?until=${SEED_END}`),
      'overview dot': get(cookies.dot, '/api/overview'),
      'overview admin': get(cookies.admin, '/api/overview'),
    };
    const requests: Record<string, () => Promise<unknown>> = {
      ...overviews,
      'geo complaints by district': get(cookies.analyst, '/api/geo/complaints?by=district'),
      'geo complaints by state (BR)': get(officer, '/api/geo/complaints?by=state'),
      'geo complaints of a ring': get(cookies.analyst, `/api/geo/complaints?by=district&ring=${ring!.id}`),
      'geo dealers by circle': get(cookies.analyst, '/api/geo/dealers?by=circle'),
    };
    const latencies: Record<string, Latencies> = {};
    const run = async (name: string, samples: (() => Promise<unknown>)[]) => {
      await measure(samples, 1, 20, (request) => request()); // warm the JIT, the plans and the page cache
      for (const clients of options.clients) {
        // At least 100 requests a measurement, so that a p95 is not the second worst of twenty.
        const perClient = Math.max(options.requestsPerClient, Math.ceil(100 / clients));
        const l = await measure(samples, clients, perClient, (request) => request());
        latencies[`${name}, ${clients} clients`] = l;
        log(`  ${name}, ${clients} clients: p50 ${l.p50} ms, p95 ${l.p95} ms, p99 ${l.p99} ms`);
      }
    };
    for (const [name, request] of Object.entries(requests)) await run(name, [request]);
    // Every role's home page at once, as at the start of a shift.
    await run('overview, all roles mixed', Object.values(overviews));

    const overviewP95 = (clients: number) =>
      Math.max(
        ...Object.entries(latencies)
          .filter(([name]) => name.startsWith('overview') && name.endsWith(`, ${clients} clients`))
          .map(([, l]) => l.p95),
      );
    const worstP95 = Object.fromEntries(options.clients.map((clients) => [clients, overviewP95(clients)]));
    const result = {
      ...resultHeader('overview', options),
      clients: options.clients,
      requestsPerClient: options.requestsPerClient,
      world: figures,
      analysed,
      latenciesMs: latencies,
      overviewWorstP95MsByClients: worstP95,
      goalP95Ms: GOAL_P95_MS,
    };
    const written = writeBenchResult(`overview-${options.scale}`, result, {
      title: `Overview benchmark, ${options.scale} scale (seed ${options.seed}), ${options.clients.join(' and ')} concurrent clients`,
      ...latencyTable(latencies),
      notes: [
        `World: ${figures.complaints} complaints, ${figures.alerts} alerts, ${figures.rings} rings, ${figures.blockRequests} block requests, ${figures.numbersInReverification} numbers sent to re-verification.`,
        `Investigators' weeks end at ${SEED_END} (the seed's last day), the telecom's and admin's today.`,
        ...options.clients.map(
          (clients) =>
            `Worst overview p95 with ${clients} clients: ${worstP95[clients]} ms (goal ≤ ${GOAL_P95_MS} ms: ${worstP95[clients]! <= GOAL_P95_MS ? 'met' : 'missed'}).`,
        ),
      ],
    });
    log(`wrote ${written.join(' and ')}`);
  } finally {
    await app.stop();
    await stop();
  }
}
