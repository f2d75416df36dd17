// The express app: the API under /api and the built client everywhere else.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Database } from './db/database.ts';
import { errorHandler, unknownApiRoute } from './http/error-handler.ts';
import { analysisRoutes } from './analysis/routes.ts';
import { graphRoutes } from './graph/routes.ts';
import { healthRoutes } from './health/routes.ts';

export interface AppDependencies {
  database: Database;
  /** The Vite build of client/ (index.html and assets); the app serves it when present. */
  clientDir?: string;
}

export function createApp({ database, clientDir }: AppDependencies): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use('/api', express.json({ limit: '1mb' }));
  app.use('/api', healthRoutes(database));
  app.use('/api', graphRoutes(database));
  app.use('/api', analysisRoutes(database));
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
