// The shapes the server answers with, imported from the server's own modules (types only: nothing of the
// server is bundled), so a change there is a type error here rather than a surprise in the browser.
import type { NodeLabel } from '../../../server/graph/node-ref.ts';

export type { Role } from '../../../server/auth/roles.ts';
import type { SessionUser } from '../../../server/auth/sessions.ts';
import type { Permission } from '../../../server/auth/roles.ts';

/** The logged-in user as GET /api/auth/me describes them, with what their role may do (the server's word). */
export type User = SessionUser & { permissions: Permission[] };

/** Whether the user may do it, as the server said at login (it checks again on every request). */
export const may = (user: User, permission: Permission) => user.permissions.includes(permission);

/** The answer of login, /api/auth/me and a password change. */
export interface MeResponse {
  user: SessionUser;
  permissions: Permission[];
}
export const userOf = ({ user, permissions }: MeResponse): User => ({ ...user, permissions });
export type { EdgeElement, NodeElement } from '../../../server/graph/elements.ts';
export type { ExpandResult } from '../../../server/graph/expand.ts';
export type { NodeDetails } from '../../../server/graph/node-details.ts';
export type { PathResult } from '../../../server/graph/path.ts';
export type { SearchResult } from '../../../server/graph/search.ts';
export type { NodeLabel } from '../../../server/graph/node-ref.ts';
import type { NumberGrade } from '../../../server/analysis/number-grade.ts';
export type { NumberGrade };

/** A node's data on the canvas: the API's, or a client-made "+N more" node (label `More`). */
export interface NodeData {
  id: string;
  label: NodeLabel | 'More' | 'Group';
  key: string;
  caption: string;
  status?: string;
  riskScore?: number;
  riskReasons?: string[];
  caution?: string;
  cautionMessage?: string;
  /** A number's risk grade and its reasons (SIM only). */
  riskGrade?: NumberGrade;
  riskGradeReasons?: string[];
  gradedAt?: string;
  [property: string]: unknown;
}
