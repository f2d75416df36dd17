// Structured logs (pino): one JSON line per API request with its id, user, role, route pattern, status
// and duration, and errors under the request id the client was shown. Routes are logged as patterns
// (`/api/nodes/:label/:key`), never as URLs, so no number or name reaches the logs.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, instance: string, destination?: NodeJS.WritableStream): Logger {
  return pino({ level, base: { instance }, timestamp: pino.stdTimeFunctions.isoTime }, destination as never);
}

export function requestLogging(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    response.locals.requestId = requestId;
    response.set('X-Request-Id', requestId);
    response.on('finish', () => {
      const user = response.locals.user as { username?: string; role?: string } | undefined;
      const route = request.route?.path
        ? `${request.baseUrl}${String(request.route.path)}`
        : `${request.baseUrl}(unmatched)`;
      logger.info(
        {
          requestId,
          user: user?.username,
          role: user?.role,
          method: request.method,
          route,
          status: response.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    next();
  };
}
