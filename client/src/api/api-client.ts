// The one way the client talks to the server: JSON in and out, errors as ApiError with the server's
// {error:{code,message,details}}. A 401 means the session is over: the app shows the login page, and the
// explorer's canvas is kept for the same user's next login.
import type { ErrorCode } from '../../../server/http/error-codes.ts';

/** The server's codes, and NETWORK when it could not be reached at all. */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'HTTP';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let onUnauthenticated: () => void = () => {};
export const whenUnauthenticated = (handler: () => void) => {
  onUnauthenticated = handler;
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function api<T>(
  path: string,
  init: { method?: Method; body?: unknown; csv?: string } = {},
): Promise<T> {
  const method = init.method ?? (init.body === undefined && init.csv === undefined ? 'GET' : 'POST');
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      // Every state-changing request is JSON (the server refuses other content types there), except an
      // operators' CSV file, which goes as it is to the one route that takes it.
      headers:
        method === 'GET'
          ? undefined
          : { 'content-type': init.csv === undefined ? 'application/json' : 'text/csv' },
      body: method === 'GET' ? undefined : (init.csv ?? JSON.stringify(init.body ?? {})),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The Ringside server is not reachable.');
  }
  if (response.status === 204) return undefined as T;
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthenticated();
    const error = body?.error ?? {};
    throw new ApiError(
      response.status,
      error.code ?? 'HTTP',
      error.message ?? `HTTP ${response.status}`,
      error.details,
    );
  }
  return body as T;
}

export const post = <T>(path: string, body: unknown = {}) => api<T>(path, { method: 'POST', body });

/** A CSV file as the body (the operators' re-verification outcomes). */
export const postCsv = <T>(path: string, csv: string) => api<T>(path, { method: 'POST', csv });

/** A query string from the values that are set. */
export const queryString = (values: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(values)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([name, value]) => [name, String(value)]),
  ).toString();
