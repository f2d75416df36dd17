// The views of the app and the permission each needs: the server's own role table (server/auth/roles.ts,
// a pure module) decides who sees which, and the server checks again on every request.
import { mayDo, type Permission } from '../../../server/auth/roles.ts';
import type { Role } from '../api/types.ts';

export const VIEWS = [
  { id: 'explorer', title: 'Explorer', permission: 'explore' },
  { id: 'suspects', title: 'Suspects & rings', permission: 'explore' },
  { id: 'queries', title: 'Queries', permission: 'runQueries' },
  { id: 'review', title: 'Review', permission: 'viewDecisions' },
  { id: 'exports', title: 'Exports', permission: 'export' },
  { id: 'audit', title: 'Audit', permission: 'audit' },
  { id: 'users', title: 'Users', permission: 'manageUsers' },
] as const satisfies { id: string; title: string; permission: Permission }[];

export type ViewId = (typeof VIEWS)[number]['id'];

export const viewsFor = (role: Role) => VIEWS.filter((view) => mayDo(role, view.permission));
