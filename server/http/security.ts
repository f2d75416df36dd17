// What every answer and every state-changing request go through: security headers (helmet), no caching
// of API answers, and the cross-site check. SameSite cookies alone do not stop a page on another site
// (or another port of the same host, which browsers count as the same site) from posting to the API, so
// a request that changes state must come from the app's own origin and say it sends JSON, which a plain
// HTML form or a "simple" cross-site fetch cannot.
import type { Request, RequestHandler } from 'express';
import helmet from 'helmet';
import { AppError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Cytoscape and React position elements with inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

export const noStore: RequestHandler = (_request, response, next) => {
  response.set('Cache-Control', 'no-store');
  next();
};

/** The origin this request was addressed to: `publicUrl`'s when set (behind a proxy), else its own. */
function ownOrigin(request: Request, publicUrl: string | undefined): string {
  if (publicUrl) return new URL(publicUrl).origin;
  return `${request.protocol}://${request.get('host') ?? ''}`;
}

function requestOrigin(request: Request): string | undefined {
  const origin = request.get('origin');
  if (origin && origin !== 'null') return origin;
  const referer = request.get('referer');
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/** The one route that takes CSV (the operators' outcomes upload); every other write sends JSON. */
const CSV_ROUTES = new Set(['/reverification-outcomes']);

/**
 * `application/json` (`text/csv` on the CSV route), with or without parameters, whether or not a body
 * follows. Neither is a type a page elsewhere may send without the browser asking first (CORS safelists
 * only text/plain and the two form types), which is what makes the check hold. CSV is refused elsewhere:
 * a JSON route would read such a request as an empty body.
 */
const saysWriteType = (request: Request) => {
  const type = (request.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || (type === 'text/csv' && CSV_ROUTES.has(request.path));
};

/**
 * Reads are refused only when a browser says another site (or another port of this host) made them:
 * searches and identity views write audit events in the user's name, and an <img> on a page elsewhere
 * must not. Browsers send Sec-Fetch-Site; a tool without it (curl, scripts) is not a browser and carries
 * no victim's cookie.
 */
const CROSS_SITE_FETCH = new Set(['same-site', 'cross-site']);

export function sameOriginOnly(publicUrl: string | undefined): RequestHandler {
  return (request, _response, next) => {
    if (SAFE_METHODS.has(request.method)) {
      const site = request.get('sec-fetch-site');
      if (site && CROSS_SITE_FETCH.has(site)) {
        return next(
          new AppError(403, 'CROSS_SITE_REQUEST', `Refused: a ${site} request; open Ringside itself.`, {
            secFetchSite: site,
          }),
        );
      }
      return next();
    }
    const origin = requestOrigin(request);
    const expected = ownOrigin(request, publicUrl);
    if (origin !== expected) {
      return next(
        new AppError(
          403,
          'CROSS_SITE_REQUEST',
          origin
            ? `Refused: this request comes from ${origin}, not from Ringside (${expected}).`
            : 'Refused: a request that changes something must carry an Origin header.',
          { origin: origin ?? null, expected },
        ),
      );
    }
    if (!saysWriteType(request)) {
      return next(
        new AppError(
          403,
          'CROSS_SITE_REQUEST',
          'Refused: a request that changes something must send JSON (Content-Type: application/json), or CSV where a route takes it.',
          {
            contentType: request.get('content-type') ?? null,
          },
        ),
      );
    }
    next();
  };
}
