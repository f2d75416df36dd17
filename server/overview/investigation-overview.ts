// The investigator's and analyst's home page: what is new in their jurisdiction (alerts, newly suspect
// handsets, rings victims reported lately), their own work (cases, block requests, dealer flags), and
// the victims (complaints and money lost by week, the districts with the most victims).
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { SUSPECT_HANDSET_SCORE } from '../analysis/analysis-steps.ts';
import { circlesOf } from '../auth/scope.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import { complaintsCache } from '../editions/complaints-edition.ts';
import { mergeByPlace, type PlaceComplaints, type WrittenPlaceCount } from '../geo/complaints-by-place.ts';
import { nodeId } from '../graph/node-ref.ts';
import { fillBuckets, type Window } from './calendar.ts';
import { overviewRow, overviewRows, readSection } from './read-rows.ts';

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
  /** Rings with the most recent complaints (rings nobody reported are not listed). */
  recentRings: {
    id: string;
    handsetCount: number;
    numberCount: number;
    complaintCount: number;
    amountLost: number;
    lastComplaintOn: string;
  }[];
  /** The districts with the most victims among the window's complaints, canonical names. */
  topDistricts: Required<PlaceComplaints>[];
}

/** The jurisdiction's figures counted from its complaints in the window. */
interface ComplaintFigures {
  weeks: InvestigationOverview['complaintsByWeek'];
  latest: { reportedOn: string }[];
  places: WrittenPlaceCount[];
}

/** A few windows (this week's, a day asked for) of a few dozen jurisdictions. */
const complaintFigures = complaintsCache<ComplaintFigures>(256);

async function readComplaintFigures(
  tx: ManagedTransaction,
  inWindow: { from: string; to: string; circles: readonly string[] | null },
): Promise<ComplaintFigures> {
  const [weeks, latest, places] = await Promise.all([
    overviewRows<InvestigationOverview['complaintsByWeek'][number]>(tx, 'complaints-by-week', inWindow),
    overviewRows<{ reportedOn: string }>(tx, 'latest-complaint', { circles: inWindow.circles }),
    overviewRows<WrittenPlaceCount>(tx, 'victims-by-place', inWindow),
  ]);
  return { weeks, latest, places };
}

export async function readInvestigationOverview(
  database: Database,
  user: SessionUser,
  window: Window,
): Promise<InvestigationOverview> {
  const circles = circlesOf(user.scope);
  const limit = neo4j.int(LISTED);
  const mine = { username: user.username, limit };
  const inWindow = { from: window.from, to: window.to, circles };
  // Two transactions side by side: the user's own work, and the jurisdiction's figures.
  const [[newAlerts, cases, blockRequests, dealerFlags], [{ weeks, latest, places }, handsets, rings]] =
    await Promise.all([
      readSection(database, 'investigation: own work', (tx) =>
        Promise.all([
          // The header badge's own count.
          overviewRow<{ count: number }>(tx, 'app/alerts/count-new-alerts', {
            username: user.username,
            circles,
          }),
          overviewRow<InvestigationOverview['cases']>(tx, 'my-cases', mine),
          overviewRow<InvestigationOverview['blockRequests']>(tx, 'my-block-requests', mine),
          overviewRow<InvestigationOverview['dealerFlags']>(tx, 'my-dealer-flags', mine),
        ]),
      ),
      readSection(database, 'investigation: jurisdiction', (tx) =>
        Promise.all([
          // The same for every officer of the jurisdiction, and changed by imports only: kept per edition.
          complaintFigures.read(
            tx,
            JSON.stringify([circles && [...circles].sort(), window.from, window.to]),
            (tx) => readComplaintFigures(tx, inWindow),
          ),
          overviewRows<Omit<InvestigationOverview['newSuspectHandsets'][number], 'id'>>(
            tx,
            'newest-high-risk-handsets',
            { circles, limit, minScore: SUSPECT_HANDSET_SCORE },
          ),
          overviewRows<{ ring: InvestigationOverview['recentRings'][number] }>(tx, 'newest-rings', {
            circles,
            limit,
          }),
        ]),
      ),
    ]);
  return {
    newAlerts: newAlerts.count,
    cases,
    blockRequests,
    dealerFlags,
    complaintsByWeek: fillBuckets(window, weeks, 'weekStart', { complaints: 0, amountInr: 0 }),
    latestComplaintOn: latest[0]?.reportedOn ?? null,
    newSuspectHandsets: handsets.map((handset) => ({
      id: nodeId({ label: 'Handset', key: handset.imei }),
      ...handset,
    })),
    recentRings: rings.map(({ ring }) => ring),
    topDistricts: mergeByPlace(places, 'district')
      .sort((a, b) => b.victims - a.victims || b.complaints - a.complaints)
      .slice(0, LISTED) as Required<PlaceComplaints>[],
  };
}
