// `npm start` serves the Vite build of client/; it builds it first when the build is missing or older
// than a source file. The app image holds the build without client/'s sources: there it is used as it is.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './project-root.ts';

export const clientBuildDir = path.join(projectRoot, 'dist/client');

export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  const built = path.join(clientBuildDir, 'index.html');
  const sources = path.join(projectRoot, 'client');
  if (existsSync(built) && (!existsSync(sources) || statSync(built).mtimeMs >= newestSourceTime(sources)))
    return;
  log('building the client...');
  const { build } = await import('vite');
  await build({ configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
}

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}
