// Every `error.code` the API answers with, one closed union read by the server's errors and, through
// `import type`, by the client, so both sides name the same failures.
export type ErrorCode =
  | 'BAD_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'CAUTION_NOT_ACKNOWLEDGED'
  | 'TOO_MANY_ATTEMPTS'
  | 'WRONG_PASSWORD'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'CROSS_SITE_REQUEST'
  | 'NATIONAL_SCOPE_ONLY'
  | 'CYPHER_ERROR'
  | 'REFUSED_CYPHER'
  | 'READ_ONLY'
  | 'QUERY_TIMEOUT'
  | 'QUERY_TOO_LARGE'
  | 'DB_UNAVAILABLE'
  | 'DB_OUT_OF_MEMORY'
  | 'INTERNAL';
