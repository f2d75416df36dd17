// The background worker that every app process runs: it finishes re-verification markings left half-done
// (a process or the database failed during an approval), sweeps expired sessions and login counters, and
// imports the feeds of the inbox (RINGSIDE_INBOX), looking for new ones every round, and runs the alert
// rules when an import or a recompute asked for them (alert-rules-job.ts).
// Each job runs under a lease, so with several processes it runs in one at a time; a failing round is
// retried with a growing pause (the database may be down), and the worker never stops the server.
import type { Logger } from 'pino';
import type { SessionStore } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import { runDueAlertRules } from '../alerts/alert-rules-job.ts';
import { summariseRuleRun } from '../alerts/run-alert-rules.ts';
import { processInbox } from '../inbox/process-inbox.ts';
import { DEFAULT_LIMITS, type QueryLimits } from '../queries/run-read-query.ts';
import { markNumbersForReverification, requestsAwaitingMarking } from '../workflow/reverification.ts';
import { takeLease } from './leases.ts';

export interface WorkerOptions {
  database: Database;
  sessions: SessionStore;
  instanceId: string;
  logger: Logger;
  intervalMs?: number;
  loginWindowMs?: number;
  reverificationBatchHandsets?: number;
  /** The inbox folder to import feeds from; none when unset. */
  inbox?: string;
  /** Timeout and row cap of user queries: the alert rules from saved queries run under them. */
  queryLimits?: QueryLimits;
}

export interface BackgroundWorker {
  /** Runs one round now (tests, and after an approval). */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

const HOUSEKEEPING_EVERY_MS = 10 * 60_000;
const MAX_PAUSE_MS = 5 * 60_000;

export function startBackgroundWorker({
  database,
  sessions,
  instanceId,
  logger,
  intervalMs = 5_000,
  loginWindowMs = 15 * 60_000,
  reverificationBatchHandsets,
  inbox,
  queryLimits = DEFAULT_LIMITS,
}: WorkerOptions): BackgroundWorker {
  let stopped = false;
  let failures = 0;
  let lastHousekeeping = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const system = { username: 'ringside', role: 'system' };

  const resumeMarkings = async () => {
    for (const id of await requestsAwaitingMarking(database)) {
      const numbers = await markNumbersForReverification(database, id, system, {
        holder: instanceId,
        handsetsPerBatch: reverificationBatchHandsets,
      });
      if (numbers !== undefined) logger.info({ request: id, numbers }, 'resumed re-verification marking');
    }
  };

  const houseKeep = async () => {
    if (Date.now() - lastHousekeeping < HOUSEKEEPING_EVERY_MS) return;
    if (!(await takeLease(database, 'housekeeping', instanceId, HOUSEKEEPING_EVERY_MS))) return;
    lastHousekeeping = Date.now();
    const swept = await sessions.sweep(loginWindowMs);
    logger.debug(swept, 'housekeeping');
  };

  const round = async () => {
    try {
      await resumeMarkings();
      await houseKeep();
      if (inbox) await processInbox(database, { inbox, holder: instanceId, logger });
      const rules = await runDueAlertRules(database, instanceId, { limits: queryLimits });
      if (rules) logger.info({ rules }, summariseRuleRun(rules));
      failures = 0;
    } catch (error) {
      failures++;
      logger.warn({ err: error, failures }, 'background work failed; retrying later');
    }
  };

  const schedule = () => {
    if (stopped) return;
    const pause = Math.min(MAX_PAUSE_MS, intervalMs * 2 ** Math.min(failures, 10));
    timer = setTimeout(() => {
      running = round().finally(schedule);
    }, pause);
    timer.unref();
  };
  schedule();

  return {
    runOnce: () => (running = running.then(round)),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
