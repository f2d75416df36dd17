// GET /api/health: reachable without a session, so monitors and load balancers can use it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import { projectRoot } from '../project-root.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { UnavailableError } from '../http/errors.ts';

interface ServerComponent {
  name: string;
  version: string;
  edition: string;
}

export const VERSION = (
  JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }
).version;

export function healthRoutes(database: Database, instanceId: string): Router {
  const router = Router();
  router.get('/health', async (_request, response) => {
    let component: ServerComponent | undefined;
    try {
      // No retries: health says how the database is now, within a few seconds.
      const [first] = await database.readOnce(cypher('app/server-components'), 5_000);
      component = first as ServerComponent | undefined;
    } catch (error) {
      throw new UnavailableError('The graph database is not reachable.', {
        reason: error instanceof Error ? error.message.split('\n')[0] : String(error),
      });
    }
    response.json({
      status: 'ok',
      version: VERSION,
      instance: instanceId,
      uptimeSeconds: Math.round(process.uptime()),
      neo4j: { connected: true, version: component?.version, edition: component?.edition },
    });
  });
  return router;
}
