// The express app: the API under /api and the built client everywhere else.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Database } from './db/database.ts';
import { errorHandler, unknownApiRoute } from './http/error-handler.ts';
import { requestLogging, createLogger, type Logger } from './http/request-log.ts';
import { boundedBodyDepth } from './http/parse-input.ts';
import { carryBookmarks } from './http/bookmarks.ts';
import { noStore, sameOriginOnly, securityHeaders } from './http/security.ts';
import { alertRoutes } from './alerts/routes.ts';
import { analysisRoutes } from './analysis/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { caseRoutes } from './cases/routes.ts';
import { requireSession } from './auth/access.ts';
import { maskingResponses } from './auth/identity-masking.ts';
import { createLoginLimiter, type LoginLimiter } from './auth/login-limiter.ts';
import { createPasswordHasher } from './auth/passwords.ts';
import { revealRoutes } from './auth/reveal-routes.ts';
import { authRoutes } from './auth/routes.ts';
import { createSessionStore, type SessionStore } from './auth/sessions.ts';
import { userRoutes } from './auth/user-routes.ts';
import { createUserDirectory, type UserDirectory } from './auth/users.ts';
import { evidenceRoutes } from './evidence/routes.ts';
import { exportRoutes } from './exports/routes.ts';
import { geoRoutes } from './geo/routes.ts';
import { graphRoutes } from './graph/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { importRoutes } from './imports/routes.ts';
import { overviewRoutes } from './overview/routes.ts';
import { reverificationRoutes } from './workflow/reverification-routes.ts';
import { workflowRoutes } from './workflow/routes.ts';
import { queryRoutes } from './queries/routes.ts';
import { DEFAULT_LIMITS, type QueryLimits } from './queries/run-read-query.ts';
import { savedQueries } from './queries/saved-queries.ts';

export interface AppDependencies {
  database: Database;
  /** The Vite build of client/ (index.html and assets); the app serves it when present. */
  clientDir?: string;
  /** Users with the deployment's pepper (required in production; tests may use a fixed one). */
  users?: UserDirectory;
  sessions?: SessionStore;
  loginLimiter?: LoginLimiter;
  /** Timeout and row cap of saved and ad-hoc queries. */
  queryLimits?: QueryLimits;
  /** The app's public address behind a proxy (RINGSIDE_PUBLIC_URL): the one origin allowed to post. */
  publicUrl?: string;
  /** Read the client's address from X-Forwarded-For (RINGSIDE_TRUST_PROXY), as express's `trust proxy`. */
  trustProxy?: boolean | number | string;
  logger?: Logger;
  /** This process's name in logs, leases and /api/health. */
  instanceId?: string;
  sessionIdleMinutes?: number;
  /** Handsets whose numbers go to re-verification in one transaction (approval's second step). */
  reverificationBatchHandsets?: number;
  /** Days a number may stay pending re-verification after approval (RINGSIDE_REVERIFICATION_DAYS). */
  reverificationDays?: number;
}

export function createApp({
  database,
  clientDir,
  users = createUserDirectory(database, createPasswordHasher(Buffer.from('ringside-development-pepper'))),
  sessionIdleMinutes = 30,
  sessions = createSessionStore(database, { idleMinutes: sessionIdleMinutes, maxHours: 12 }),
  loginLimiter = createLoginLimiter(database),
  queryLimits = DEFAULT_LIMITS,
  publicUrl,
  trustProxy = false,
  instanceId = 'ringside',
  logger = createLogger('silent', instanceId),
  reverificationBatchHandsets,
  reverificationDays = 30,
}: AppDependencies): express.Express {
  savedQueries(); // a saved query with a bad header stops the start, naming its file and line
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(securityHeaders());
  app.use('/api', noStore, requestLogging(logger), sameOriginOnly(publicUrl));
  // A view saved to a case may hold 20,000 nodes with their positions: more than other requests carry.
  app.use('/api/cases/:id/views', express.json({ limit: '6mb' }));
  app.use('/api', express.json({ limit: '1mb' }), boundedBodyDepth);
  app.use('/api', healthRoutes(database, instanceId));
  app.use('/api', carryBookmarks());
  app.use('/api', authRoutes(database, users, sessions, loginLimiter));
  // Everything below needs a live session; each route then checks its role. Identities outside the
  // user's jurisdiction are masked in every answer.
  app.use('/api', requireSession(sessions), maskingResponses(database));
  app.use('/api', graphRoutes(database));
  app.use('/api', revealRoutes(database, sessions));
  app.use('/api', analysisRoutes(database));
  app.use(
    '/api',
    workflowRoutes(database, { holder: instanceId, handsetsPerBatch: reverificationBatchHandsets }),
  );
  app.use('/api', reverificationRoutes(database, { deadlineDays: reverificationDays }));
  app.use('/api', overviewRoutes(database, { deadlineDays: reverificationDays }));
  app.use('/api', geoRoutes(database));
  app.use('/api', caseRoutes(database));
  app.use('/api', alertRoutes(database));
  app.use('/api', exportRoutes(database));
  app.use('/api', evidenceRoutes(database));
  app.use('/api', queryRoutes(database, queryLimits));
  app.use('/api', auditRoutes(database));
  app.use('/api', importRoutes(database));
  app.use('/api', userRoutes(database, users, sessions, sessionIdleMinutes));
  app.use('/api', unknownApiRoute);

  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes (/explorer, /review, ...) all load the single page.
    app.get(/^(?!\/api\/).*/, (_request, response) => {
      response.set('Cache-Control', 'no-cache').sendFile(path.join(clientDir, 'index.html'));
    });
  }
  app.use(errorHandler(logger));
  return app;
}
