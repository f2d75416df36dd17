// One pass over the inbox, run by the background worker under the `inbox` lease (one process at a time):
// each ready feed in name order is imported as a delta, analysed, recorded in the import history and
// moved to done/ or rejected/ with its report. A feed whose import fails (the database went away, the
// process died mid-feed: the import was rolled back) stays where it is and is tried again, and the pass
// stops there so that no later feed overtakes it; after MAX_ATTEMPTS failures it is rejected.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { analyseAfterImport } from '../analysis/analyse-after-import.ts';
import { holdLease } from '../background/leases.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import {
  failedImportRecord,
  importRecordOf,
  recordImport,
  runningImportRecord,
  type ImportAttempt,
  type ImportRecord,
} from '../imports/import-history.ts';
import { importFolder } from '../ingest/import-folder.ts';
import { ImportBusyError } from '../ingest/import-journal.ts';
import type { ImportError } from '../ingest/validate-row.ts';
import { feedReportFiles, type FeedReport } from './feed-report.ts';
import { freeDestination, listInbox, moveFeed, type Feed, type FeedDestination } from './inbox-folder.ts';

/** Failed imports of one feed before it is rejected instead of tried again. */
export const MAX_ATTEMPTS = 3;

export interface InboxOptions {
  inbox: string;
  /** This process, as the lease and the import journal name it. */
  holder: string;
  logger: Logger;
}

export type FeedOutcome = { feed: string; result: 'imported' | 'rejected' | 'failed' | 'waiting' };

const INBOX_ACTOR = { username: 'inbox', role: 'system' };

export async function processInbox(database: Database, options: InboxOptions): Promise<FeedOutcome[]> {
  // A look at the folder first: an empty inbox costs no lease writes, every few seconds in every process.
  if ((await listInbox(options.inbox)).ready.length === 0) return [];
  const held = await holdLease(database, 'inbox', options.holder);
  if (!held) return [];
  const outcomes: FeedOutcome[] = [];
  try {
    await failInterruptedImports(database);
    // Again under the lease: the previous holder may have moved feeds meanwhile.
    const { ready, ignored } = await listInbox(options.inbox);
    for (const entry of ignored) options.logger.debug(entry, 'inbox entry left alone');
    for (const feed of ready) {
      if (!held.isHeld()) break; // another process has taken over the inbox
      const result = await processFeed(database, feed, options);
      outcomes.push({ feed: feed.name, result });
      options.logger.info({ feed: feed.dir, result }, 'inbox feed');
      if (result === 'failed' || result === 'waiting') break;
    }
  } finally {
    await held.release();
  }
  return outcomes;
}

async function processFeed(
  database: Database,
  feed: Feed,
  { inbox, holder, logger }: InboxOptions,
): Promise<FeedOutcome['result']> {
  const attempt: ImportAttempt = {
    id: randomUUID(),
    source: 'inbox',
    folder: feed.dir,
    startedAt: new Date(),
    actor: INBOX_ACTOR.username,
  };
  const finish = (report: FeedReport, destination: FeedDestination) =>
    finishFeed(database, inbox, feed, report, destination);
  const failures = await failuresSince(database, feed);
  if (failures.length >= MAX_ATTEMPTS) {
    // Given up: rejected, with the reason of each failed attempt as its errors.
    const errors = failures.map((failure) => ({ ...failure, reason: `failed attempt: ${failure.reason}` }));
    const record: ImportRecord = {
      ...failedImportRecord(attempt, ''),
      result: 'rejected',
      errorCount: errors.length,
      firstErrors: errors,
    };
    await finish({ record, errors }, 'rejected');
    return 'rejected';
  }

  await recordImport(database, runningImportRecord(attempt));
  try {
    const result = await importFolder(database, feed.dir, { holder, actor: INBOX_ACTOR });
    if (!result.ok) {
      await finish({ record: importRecordOf(attempt, result), errors: result.errors }, 'rejected');
      return 'rejected';
    }
    // Should the analysis fail, the feed is tried again: importing it again changes nothing.
    const analysis = await analyseAfterImport(database, feed.dir, result, { holder });
    await finish({ record: importRecordOf(attempt, result), errors: [], analysis }, 'done');
    return 'imported';
  } catch (error) {
    if (error instanceof ImportBusyError) {
      // Another import (the command line) holds the database: this feed waits for the next pass.
      await database.writeTx((tx) => tx.run(cypher('app/imports/forget-running-import'), { id: attempt.id }));
      return 'waiting';
    }
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    logger.warn(
      { err: error, feed: feed.dir },
      'inbox feed failed; it stays in the inbox and is tried again',
    );
    await recordImport(database, failedImportRecord(attempt, reason));
    return 'failed';
  }
}

/**
 * Records the outcome (with where the feed goes), then moves the feed there with its report. Should the
 * process die in between, the feed is still in the inbox and is imported again: imports are idempotent.
 */
async function finishFeed(
  database: Database,
  inbox: string,
  feed: Feed,
  report: FeedReport,
  destination: FeedDestination,
): Promise<void> {
  const movedTo = await freeDestination(inbox, destination, feed.name);
  const record = { ...report.record, movedTo };
  await recordImport(database, record);
  await moveFeed(feed, movedTo, feedReportFiles({ ...report, record }));
}

/** The reasons of the feed's failed attempts since it was marked ready. */
async function failuresSince(database: Database, feed: Feed): Promise<ImportError[]> {
  return database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/imports/failed-attempts'), {
      folder: feed.dir,
      since: feed.readySince.toISOString(),
    });
    return result.records.flatMap((row) => JSON.parse(String(row.get('firstErrors'))) as ImportError[]);
  });
}

/**
 * Inbox imports left `running` belong to a process that stopped mid-feed (we hold the inbox lease now):
 * their import was rolled back, so they become failed attempts, and their feed, still in the inbox, is
 * tried again.
 */
async function failInterruptedImports(database: Database): Promise<void> {
  const interrupted = await database.readTx(async (tx) =>
    (await tx.run(cypher('app/imports/interrupted-inbox-imports'))).records.map((row) => row.toObject()),
  );
  for (const { id, folder, startedAt } of interrupted) {
    const attempt = {
      id,
      folder,
      source: 'inbox',
      startedAt: new Date(startedAt),
      actor: INBOX_ACTOR.username,
    } as const;
    const reason = 'interrupted: the process importing it stopped; nothing of it was kept';
    await recordImport(database, failedImportRecord(attempt, reason));
  }
}
