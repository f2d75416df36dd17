// The one place where errors become HTTP responses: {error:{code,message,details}}, never a stack trace.
import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, NotFoundError, UnavailableError } from './errors.ts';
import { Neo4jError } from 'neo4j-driver';
import { isConnectionError } from '../db/database.ts';
import { dropBookmarks } from './bookmarks.ts';
import type { Logger } from './request-log.ts';

export interface ErrorResponse {
  status: number;
  body: { error: { code: string; message: string; details?: unknown } };
}

export const unknownApiRoute: RequestHandler = (request, _response, next) => {
  next(new NotFoundError(`No API route ${request.method} ${request.originalUrl.split('?')[0]}.`));
};

export const errorHandler =
  (logger: Logger): ErrorRequestHandler =>
  (error, _request, response, _next) => {
    if (isBookmarkError(error)) dropBookmarks(response);
    const { status, body } = toErrorResponse(
      error,
      (requestId) => logger.error({ requestId, err: error }, 'request failed'),
      response.locals.requestId as string | undefined,
    );
    // A streamed export that fails half-way cannot change its status any more: cut it off, so the
    // client sees an incomplete download rather than a file that looks whole.
    if (response.headersSent) return void response.destroy();
    response.status(status).json(body);
  };

/** Maps any thrown value to a response; unknown errors are logged server-side under a request id only. */
export function toErrorResponse(
  error: unknown,
  logUnknown: (requestId: string) => void,
  requestId: string = randomUUID(),
): ErrorResponse {
  const known = toAppError(error);
  if (known) {
    return {
      status: known.status,
      body: { error: { code: known.code, message: known.message, details: known.details } },
    };
  }
  logUnknown(requestId);
  return {
    status: 500,
    body: {
      error: { code: 'INTERNAL', message: 'Something went wrong on the server.', details: { requestId } },
    },
  };
}

function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (isConnectionError(error)) return new UnavailableError('The graph database is not reachable.');
  if (isNeo4jError(error, 'MemoryPoolOutOfMemoryError')) {
    return new AppError(
      503,
      'DB_OUT_OF_MEMORY',
      'The database has not enough transaction memory for this at the moment: try again later, or split it into smaller parts (for example one block request per ring).',
    );
  }
  // Bookmarks a client brought back that this database does not know (it was replaced since), or that
  // it did not reach in time: the client's next request goes without them.
  if (isBookmarkError(error)) {
    return isNeo4jError(error, 'InvalidBookmark')
      ? new AppError(
          400,
          'BAD_INPUT',
          'The bookmarks this request brought are not from this database (it may have been replaced since): they are dropped, send the request again.',
        )
      : new AppError(
          503,
          'DB_UNAVAILABLE',
          'The database could not confirm your last change in time: try again in a moment.',
        );
  }
  // express.json() signals a malformed body with a 4xx status and type 'entity.parse.failed'.
  if (isBodyParserError(error)) {
    const message =
      error.type === 'entity.too.large'
        ? `The request body is larger than the ${megabytes(error.limit)} MB this request may carry.`
        : 'The request body is not valid JSON.';
    return new AppError(error.status, 'BAD_INPUT', message, { type: error.type });
  }
  // A path with broken percent-encoding (%E0%A4, %ZZ): express cannot decode its parameters.
  if (error instanceof URIError) {
    return new AppError(400, 'BAD_INPUT', 'The address has broken percent-encoding.');
  }
  return undefined;
}

const isBookmarkError = (error: unknown) => error instanceof Neo4jError && /Bookmark/.test(error.code);

function isNeo4jError(error: unknown, codeEnding: string): boolean {
  return error instanceof Neo4jError && error.code.endsWith(codeEnding);
}

const megabytes = (bytes: number | undefined) => Math.round((bytes ?? 1 << 20) / (1 << 20));

function isBodyParserError(error: unknown): error is { status: number; type: string; limit?: number } {
  const candidate = error as { status?: unknown; type?: unknown };
  return (
    typeof candidate?.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500 &&
    typeof candidate.type === 'string'
  );
}
