// The investigator's and analyst's home page: what is new in their jurisdiction (alerts, newly suspect
// handsets, rings victims reported lately), their own work (cases, block requests, dealer flags), and
// the victims (complaints and money lost by week, the districts with the most victims).
import neo4j from 'neo4j-driver';
import { countNewAlerts } from '../alerts/alerts.ts';
import { SUSPECT_HANDSET_SCORE } from '../analysis/analysis-steps.ts';
import { circlesOf } from '../auth/scope.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import { mergeByPlace, type PlaceComplaints, type WrittenPlaceCount } from '../geo/complaints-by-place.ts';
import { nodeId } from '../graph/node-ref.ts';
import { fillBuckets, type Window } from './calendar.ts';
import { readOverviewRow, readOverviewRows } from './read-rows.ts';

/** Entries of each short list on the page: what a glance takes in; every list links to the full one. */
export const LISTED = 5;

interface DecisionCounts {
  pending: number;
  approved: number;
  rejected: number;
}

export interface InvestigationOverview {
  /** Alerts the user would see as new (the header's badge). */
  newAlerts: number;
  cases: {
    open: number;
    closed: number;
    recent: { id: string; title: string; caseRef: string | null; status: string; updatedAt: string }[];
  };
  blockRequests: {
    byStatus: DecisionCounts;
    recent: {
      id: string;
      status: string;
      caseRef: string | null;
      requestedAt: string;
      decidedAt: string | null;
      handsets: number;
    }[];
  };
  dealerFlags: {
    byStatus: DecisionCounts;
    recent: {
      id: string;
      status: string;
      caseRef: string | null;
      posId: string;
      dealerName: string;
      flaggedAt: string;
      decidedAt: string | null;
    }[];
  };
  /** One entry a week of the window, oldest first, weeks without complaints included. */
  complaintsByWeek: { weekStart: string; complaints: number; amountInr: number }[];
  /** The newest complaint in the jurisdiction (YYYY-MM-DD), or null: says how stale empty weeks are. */
  latestComplaintOn: string | null;
  /** Handsets that became suspects most recently (their high-risk alerts, newest first). */
  newSuspectHandsets: {
    id: string;
    imei: string;
    brand: string | null;
    model: string | null;
    status: string;
    score: number;
    reason: string | null;
    alertId: string;
    flaggedAt: string;
  }[];
  /** Rings with the most recent complaints. */
  recentRings: {
    id: string;
    handsetCount: number;
    numberCount: number;
    complaintCount: number;
    amountLost: number;
    lastComplaintOn: string | null;
  }[];
  /** The districts with the most victims among the window's complaints, canonical names. */
  topDistricts: Required<PlaceComplaints>[];
}

export async function readInvestigationOverview(
  database: Database,
  user: SessionUser,
  window: Window,
): Promise<InvestigationOverview> {
  const circles = circlesOf(user.scope);
  const limit = neo4j.int(LISTED);
  const inWindow = { from: window.from, to: window.to, circles };
  const [newAlerts, cases, blockRequests, dealerFlags, weeks, latest, handsets, rings, places] =
    await Promise.all([
      countNewAlerts(database, user),
      readOverviewRow<InvestigationOverview['cases']>(database, 'my-cases', {
        username: user.username,
        limit,
      }),
      readOverviewRow<InvestigationOverview['blockRequests']>(database, 'my-block-requests', {
        username: user.username,
        limit,
      }),
      readOverviewRow<InvestigationOverview['dealerFlags']>(database, 'my-dealer-flags', {
        username: user.username,
        limit,
      }),
      readOverviewRows<InvestigationOverview['complaintsByWeek'][number]>(
        database,
        'complaints-by-week',
        inWindow,
      ),
      readOverviewRows<{ reportedOn: string }>(database, 'latest-complaint', { circles }),
      readOverviewRows<Omit<InvestigationOverview['newSuspectHandsets'][number], 'id'>>(
        database,
        'newest-high-risk-handsets',
        { circles, limit, minScore: SUSPECT_HANDSET_SCORE },
      ),
      readOverviewRows<{ ring: InvestigationOverview['recentRings'][number] }>(database, 'newest-rings', {
        circles,
        limit,
      }),
      readOverviewRows<WrittenPlaceCount>(database, 'victims-by-place', inWindow),
    ]);
  return {
    newAlerts,
    cases,
    blockRequests,
    dealerFlags,
    complaintsByWeek: fillBuckets(window, weeks, 'weekStart', { complaints: 0, amountInr: 0 }),
    latestComplaintOn: latest[0]?.reportedOn ?? null,
    newSuspectHandsets: handsets.map((handset) => ({
      id: nodeId({ label: 'Handset', key: handset.imei }),
      ...handset,
    })),
    recentRings: rings.map(({ ring }) => ({ ...ring, lastComplaintOn: ring.lastComplaintOn ?? null })),
    topDistricts: mergeByPlace(places, 'district')
      .sort((a, b) => b.victims - a.victims || b.complaints - a.complaints)
      .slice(0, LISTED) as Required<PlaceComplaints>[],
  };
}
