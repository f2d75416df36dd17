// The views of the app and the permission each needs: the permissions the server gave the user at login
// decide who sees which, and the server checks again on every request.
import type { Permission } from '../../../server/auth/roles.ts';
import { may, type User } from '../api/types.ts';

export const VIEWS = [
  // Every role's first view after login, and the view of an address that names none.
  { id: 'home', title: 'Home', permission: null },
  { id: 'explorer', title: 'Explorer', permission: 'explore' },
  { id: 'suspects', title: 'Suspects & rings', permission: 'explore' },
  { id: 'map', title: 'Map', permission: 'explore' },
  { id: 'alerts', title: 'Alerts', permission: 'alerts' },
  { id: 'cases', title: 'Cases', permission: 'cases' },
  { id: 'queries', title: 'Queries', permission: 'runQueries' },
  { id: 'review', title: 'Review', permission: 'viewDecisions' },
  { id: 'progress', title: 'Progress', permission: 'reverification' },
  { id: 'exports', title: 'Exports', permission: 'export' },
  { id: 'audit', title: 'Audit', permission: 'audit' },
  { id: 'imports', title: 'Imports', permission: 'viewImports' },
  { id: 'users', title: 'Users', permission: 'manageUsers' },
] as const satisfies { id: string; title: string; permission: Permission | null }[];

export type ViewId = (typeof VIEWS)[number]['id'];

export const viewsFor = (user: User) =>
  VIEWS.filter((view) => view.permission === null || may(user, view.permission));

/**
 * The view an address shows: its first part (#/cases/CASE-… is the Cases view), except a case's saved
 * view (#/cases/CASE-…/views/VIEW-…), which opens on the Explorer's canvas.
 */
export function viewOfPath(path: string): string {
  const [section, , sub] = path.split('/');
  return section === 'cases' && sub === 'views' ? 'explorer' : (section ?? '');
}
