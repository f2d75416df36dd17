// GET /api/overview: the figures of the user's home page in one answer, a section for each kind of work
// the user's role does (roles.ts names which), each in the user's jurisdiction. Sections are read side
// by side, each in one read transaction (read-rows.ts).
import { mayDo, type Permission } from '../auth/roles.ts';
import type { Scope } from '../auth/scope.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import { weeksUntil } from './calendar.ts';
import { readInvestigationOverview, type InvestigationOverview } from './investigation-overview.ts';
import { readSystemOverview, type SystemOverview } from './system-overview.ts';
import { readTelecomOverview, type TelecomOverview } from './telecom-overview.ts';

/** Weeks of complaints, blocks and disconnections on the page. */
export const OVERVIEW_WEEKS = 12;

export interface Overview {
  generatedAt: string;
  user: { username: string; role: string; scope: Scope };
  /** The weeks the weekly figures and the top districts cover (Mondays; the last week ends at `to`). */
  window: { from: string; to: string; weeks: number };
  investigation?: InvestigationOverview;
  telecom?: TelecomOverview;
  system?: SystemOverview;
}

/** The permission each section needs. */
const SECTION_PERMISSIONS = {
  investigation: 'investigationOverview',
  telecom: 'telecomOverview',
  system: 'systemOverview',
} as const satisfies Record<string, Permission>;

export interface OverviewOptions {
  /** The last day of the windows (YYYY-MM-DD): today in India unless asked. */
  until: string;
  /** Days a number may stay pending re-verification (RINGSIDE_REVERIFICATION_DAYS). */
  deadlineDays: number;
}

export async function readOverview(
  database: Database,
  user: SessionUser,
  { until, deadlineDays }: OverviewOptions,
): Promise<Overview> {
  const window = weeksUntil(until, OVERVIEW_WEEKS);
  const may = (section: keyof typeof SECTION_PERMISSIONS) => mayDo(user.role, SECTION_PERMISSIONS[section]);
  const [investigation, telecom, system] = await Promise.all([
    may('investigation') ? readInvestigationOverview(database, user, window) : undefined,
    may('telecom') ? readTelecomOverview(database, user, window, deadlineDays) : undefined,
    may('system') ? readSystemOverview(database, until) : undefined,
  ]);
  return {
    generatedAt: new Date().toISOString(),
    user: { username: user.username, role: user.role, scope: user.scope },
    window: { from: window.from, to: window.to, weeks: OVERVIEW_WEEKS },
    ...(investigation && { investigation }),
    ...(telecom && { telecom }),
    ...(system && { system }),
  };
}
