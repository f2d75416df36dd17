// The shapes the server answers with, imported from the server's own modules (types only: nothing of the
// server is bundled), so a change there is a type error here rather than a surprise in the browser.
import type { NodeLabel } from '../../../server/graph/node-ref.ts';

export type { Role } from '../../../server/auth/roles.ts';
export type { SessionUser as User } from '../../../server/auth/sessions.ts';
export type { EdgeElement, NodeElement } from '../../../server/graph/elements.ts';
export type { ExpandResult } from '../../../server/graph/expand.ts';
export type { NodeDetails } from '../../../server/graph/node-details.ts';
export type { PathResult } from '../../../server/graph/path.ts';
export type { SearchResult } from '../../../server/graph/search.ts';
export type { NodeLabel } from '../../../server/graph/node-ref.ts';

/** A node's data on the canvas: the API's, or a client-made "+N more" node (label `More`). */
export interface NodeData {
  id: string;
  label: NodeLabel | 'More';
  key: string;
  caption: string;
  status?: string;
  riskScore?: number;
  riskReasons?: string[];
  caution?: string;
  cautionMessage?: string;
  [property: string]: unknown;
}
