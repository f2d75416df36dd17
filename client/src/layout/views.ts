// The views of the app and the roles that see each (the server checks again on every request).
import type { Role } from '../api/types.ts';

export const VIEWS = [
  { id: 'explorer', title: 'Explorer', roles: ['investigator', 'analyst', 'dot'] },
  { id: 'suspects', title: 'Suspects & rings', roles: ['investigator', 'analyst', 'dot'] },
  { id: 'queries', title: 'Queries', roles: ['investigator', 'analyst'] },
  { id: 'review', title: 'Review', roles: ['investigator', 'analyst', 'dot'] },
  { id: 'exports', title: 'Exports', roles: ['dot'] },
  { id: 'audit', title: 'Audit', roles: ['admin'] },
] as const satisfies { id: string; title: string; roles: Role[] }[];

export type ViewId = (typeof VIEWS)[number]['id'];

export const viewsFor = (role: Role) =>
  VIEWS.filter((view) => (view.roles as readonly Role[]).includes(role));
