// The home page's figures: one request for the whole page (GET /api/overview), each section there only
// for the roles whose work it is. `until` moves the windows' last day (data that ends before today).
import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/api-client.ts';
import type { Overview } from '../../../server/overview/overview.ts';
import type { InvestigationOverview } from '../../../server/overview/investigation-overview.ts';
import type { SystemOverview } from '../../../server/overview/system-overview.ts';
import type { TelecomOverview } from '../../../server/overview/telecom-overview.ts';

export type { InvestigationOverview, Overview, SystemOverview, TelecomOverview };

export const overviewQuery = (until?: string) =>
  queryOptions({
    queryKey: ['overview', until ?? 'today'],
    queryFn: () => api<Overview>(`/api/overview${until ? `?until=${encodeURIComponent(until)}` : ''}`),
  });

/** The home page's address, with its windows ending at `until` when given. */
export const homeLink = (until?: string) => (until ? `#/home?until=${encodeURIComponent(until)}` : '#/home');
