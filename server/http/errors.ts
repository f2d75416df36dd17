// Typed errors thrown anywhere in the server; error-handler.ts maps them to HTTP responses. Their codes
// are the closed union of error-codes.ts, which the client reads too.
import type { ErrorCode } from './error-codes.ts';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InputError extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, 'BAD_INPUT', message, details);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Log in first.') {
    super(401, 'UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Your role may not do this.') {
    super(403, 'FORBIDDEN', message);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details?: unknown) {
    super(404, 'NOT_FOUND', message, details);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: unknown) {
    super(409, 'CONFLICT', message, details);
  }
}

export class UnavailableError extends AppError {
  constructor(message: string, details?: unknown) {
    super(503, 'DB_UNAVAILABLE', message, details);
  }
}
