// The telecom department's home page: what waits for its decision and for how long, how far the
// re-verification of blocked handsets' numbers has got with each operator (the workflow's own reading of
// it), and the handsets blocked and numbers disconnected week by week.
import neo4j from 'neo4j-driver';
import { circlesOf } from '../auth/scope.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import { reverificationProgress, type ReverificationProgress } from '../workflow/reverification-deadlines.ts';
import type { Window } from './calendar.ts';
import { LISTED } from './investigation-overview.ts';
import { overviewRow, overviewRows, readSection } from './read-rows.ts';

type Totals = Omit<ReverificationProgress['byOperator'][number], 'operator'>;

export interface TelecomOverview {
  awaitingDecision: {
    blockRequests: {
      count: number;
      /** The longest waiting first. */
      oldest: {
        id: string;
        caseRef: string | null;
        requestedBy: string;
        requestedAt: string;
        ageDays: number;
        handsets: number;
      }[];
    };
    dealerFlags: {
      count: number;
      oldest: {
        id: string;
        caseRef: string | null;
        flaggedBy: string;
        flaggedAt: string;
        ageDays: number;
        posId: string;
        dealerName: string;
        circle: string;
      }[];
    };
  };
  reverification: {
    deadlineDays: number;
    byOperator: ReverificationProgress['byOperator'];
    totals: Totals;
  };
  /** One entry a week of the window, oldest first. */
  blocksByWeek: { weekStart: string; handsetsBlocked: number; numbersDisconnected: number }[];
}

export async function readTelecomOverview(
  database: Database,
  user: SessionUser,
  window: Window,
  deadlineDays: number,
): Promise<TelecomOverview> {
  const circles = circlesOf(user.scope);
  const limit = neo4j.int(LISTED);
  const inWindow = { from: window.from, to: window.to, circles };
  const [[blockRequests, dealerFlags, blocked, disconnected], progress] = await Promise.all([
    readSection(database, 'telecom', (tx) =>
      Promise.all([
        overviewRow<TelecomOverview['awaitingDecision']['blockRequests']>(tx, 'awaiting-block-requests', {
          limit,
        }),
        overviewRow<TelecomOverview['awaitingDecision']['dealerFlags']>(tx, 'awaiting-dealer-flags', {
          limit,
        }),
        overviewRows<{ weekStart: string; handsets: number }>(tx, 'handsets-blocked-by-week', inWindow),
        overviewRows<{ weekStart: string; numbers: number }>(tx, 'numbers-disconnected-by-week', inWindow),
      ]),
    ),
    reverificationProgress(database, deadlineDays),
  ]);
  const disconnectedByWeek = new Map(disconnected.map((row) => [row.weekStart, row.numbers]));
  const blockedByWeek = new Map(blocked.map((row) => [row.weekStart, row.handsets]));
  return {
    awaitingDecision: { blockRequests, dealerFlags },
    reverification: {
      deadlineDays: progress.deadlineDays,
      byOperator: progress.byOperator,
      totals: totalOf(progress.byOperator),
    },
    blocksByWeek: window.buckets.map((weekStart) => ({
      weekStart,
      handsetsBlocked: blockedByWeek.get(weekStart) ?? 0,
      numbersDisconnected: disconnectedByWeek.get(weekStart) ?? 0,
    })),
  };
}

function totalOf(byOperator: ReverificationProgress['byOperator']): Totals {
  const total: Totals = { numbers: 0, pending: 0, reverified: 0, disconnected: 0, overdue: 0 };
  for (const operator of byOperator) {
    total.numbers += operator.numbers;
    total.pending += operator.pending;
    total.reverified += operator.reverified;
    total.disconnected += operator.disconnected;
    total.overdue += operator.overdue;
  }
  return total;
}
