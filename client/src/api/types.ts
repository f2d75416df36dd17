// The shapes the server answers with (see README's API section).
export type Role = 'investigator' | 'analyst' | 'dot' | 'admin';

export interface User {
  username: string;
  role: Role;
  agency: string | null;
}

export interface Caution {
  kind: string;
  message: string;
}

export interface NodeData {
  id: string;
  label: string;
  key: string;
  caption: string;
  status?: string;
  riskScore?: number;
  riskReasons?: string[];
  caution?: string;
  cautionMessage?: string;
  [property: string]: unknown;
}

export interface NodeElement {
  data: NodeData;
}

export interface EdgeElement {
  data: { id: string; source: string; target: string; type: string; [property: string]: unknown };
}

export interface ExpandResult {
  nodes: NodeElement[];
  edges: EdgeElement[];
  truncated: { node: string; shown: number; total: number }[];
}

export interface NodeDetails {
  node: NodeElement;
  neighbours: { type: string; direction: 'in' | 'out'; label: string; count: number }[];
}

export interface SearchResult {
  id: string;
  label: string;
  key: string;
  caption: string;
  status?: string;
  match: string;
}
