// The express app: the API under /api and the built client everywhere else.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Database } from './db/database.ts';
import { errorHandler, unknownApiRoute } from './http/error-handler.ts';
import { analysisRoutes } from './analysis/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { requireSession } from './auth/access.ts';
import { createLoginLimiter, type LoginLimiter } from './auth/login-limiter.ts';
import { authRoutes } from './auth/routes.ts';
import { createSessionStore, type SessionStore } from './auth/sessions.ts';
import { exportRoutes } from './exports/routes.ts';
import { graphRoutes } from './graph/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { workflowRoutes } from './workflow/routes.ts';
import { queryRoutes } from './queries/routes.ts';
import { DEFAULT_LIMITS, type QueryLimits } from './queries/run-read-query.ts';
import { savedQueries } from './queries/saved-queries.ts';

export interface AppDependencies {
  database: Database;
  /** The Vite build of client/ (index.html and assets); the app serves it when present. */
  clientDir?: string;
  sessions?: SessionStore;
  loginLimiter?: LoginLimiter;
  /** Timeout and row cap of saved and ad-hoc queries. */
  queryLimits?: QueryLimits;
}

export function createApp({
  database,
  clientDir,
  sessions = createSessionStore({ idleMinutes: 30, maxHours: 12 }),
  loginLimiter = createLoginLimiter(),
  queryLimits = DEFAULT_LIMITS,
}: AppDependencies): express.Express {
  savedQueries(); // a saved query with a bad header stops the start, naming its file and line
  const app = express();
  app.disable('x-powered-by');
  app.use('/api', express.json({ limit: '1mb' }));
  app.use('/api', healthRoutes(database));
  app.use('/api', authRoutes(database, sessions, loginLimiter));
  // Everything below needs a live session; each route then checks its role.
  app.use('/api', requireSession(sessions));
  app.use('/api', graphRoutes(database));
  app.use('/api', analysisRoutes(database));
  app.use('/api', workflowRoutes(database));
  app.use('/api', exportRoutes(database));
  app.use('/api', queryRoutes(database, queryLimits));
  app.use('/api', auditRoutes(database));
  app.use('/api', unknownApiRoute);

  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes (/explorer, /review, ...) all load the single page.
    app.get(/^(?!\/api\/).*/, (_request, response) => {
      response.set('Cache-Control', 'no-cache').sendFile(path.join(clientDir, 'index.html'));
    });
  }
  app.use(errorHandler);
  return app;
}
