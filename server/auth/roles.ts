// Who may do what (DESIGN.md's role table), as named permissions that routes ask for, so the whole
// policy reads in one place and the role-matrix test can follow it.
export const ROLES = ['investigator', 'analyst', 'dot', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

export const PERMISSIONS = {
  /** Search, node details, expand, paths, suspects and rings. The telecom department reads the graph to
   * weigh the evidence of what it decides; the system's operators (admin) do not see investigations. */
  explore: ['investigator', 'analyst', 'dot'],
  /** Ask for handsets to be blocked and dealers to be blacklisted. */
  request: ['investigator', 'analyst'],
  /** See block requests and dealer flags with their status and evidence. */
  viewDecisions: ['investigator', 'analyst', 'dot'],
  /** Approve or reject block requests and dealer flags. */
  decide: ['dot'],
  /** Follow the re-verification of blocked handsets' numbers: progress, disconnecting overdue numbers,
   * uploading the operators' outcomes. */
  reverification: ['dot'],
  /** Download the block list, the re-verification list and the dealer blacklist; see past exports. */
  export: ['dot'],
  /** Open cases and work in those they are members of (notes, views, pins, requests raised from them). */
  cases: ['investigator', 'analyst'],
  /** Triage the alerts the detection rules raise (in their jurisdiction): assign to a case, dismiss, snooze. */
  alerts: ['investigator', 'analyst'],
  /** Run saved queries: analysts every one, investigators those marked for them. */
  runQueries: ['investigator', 'analyst'],
  /** Run their own read-only Cypher. */
  adhocCypher: ['analyst'],
  /** Read the audit trail. */
  audit: ['admin'],
  /** See the import history: feeds from the inbox and imports from the command line, with their errors
   * (which quote the feeds' raw values, unmasked: for the system's operators only). */
  viewImports: ['admin'],
  /** Add, disable and enable users, reset their passwords, end their sessions. */
  manageUsers: ['admin'],
  // The home page (GET /api/overview) has a section per kind of work; each is sent only to the roles
  // that do that work.
  /** The fraud in their jurisdiction: new alerts, their cases and requests, complaints and money lost
   * by week, newly suspect handsets and rings, the districts with the most victims. */
  investigationOverview: ['investigator', 'analyst'],
  /** Requests and flags awaiting a decision, re-verification by operator, blocks and disconnections. */
  telecomOverview: ['dot'],
  /** Recent imports, users by role, failed logins, audit volume. */
  systemOverview: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const mayDo = (role: Role, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);

/** Every permission the role has, for the client to show what the user may do. */
export const permissionsOf = (role: Role): Permission[] =>
  (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => mayDo(role, permission));
