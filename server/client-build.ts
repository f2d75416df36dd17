// `npm start` serves the Vite build of client/; it builds it first when the build is missing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './project-root.ts';

export const clientBuildDir = path.join(projectRoot, 'dist/client');

export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  if (existsSync(path.join(clientBuildDir, 'index.html'))) return;
  log('building the client (first run)...');
  const { build } = await import('vite');
  await build({ configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
}
