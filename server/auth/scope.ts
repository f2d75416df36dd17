// Jurisdiction: a user sees the subscribers of the whole country (`national`: the telecom department,
// central agencies) or of a list of service areas (circle codes of DATA-CONTRACT.md, a state police).
export type Scope = 'national' | readonly string[];

/** Stored as a list of circles on the user; no list (null) means national. */
export const scopeOf = (circles: readonly string[] | null | undefined): Scope =>
  circles && circles.length > 0 ? [...circles] : 'national';

export const isNational = (scope: Scope): scope is 'national' => scope === 'national';

/** The circles to filter by, or null for no filter. */
export const circlesOf = (scope: Scope): readonly string[] | null => (isNational(scope) ? null : scope);
