// Real Chromium (Debian's package) through playwright-core, and the built client served by the real app
// on the small seed: the end-to-end setup. Screenshots go to test-artifacts/e2e/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { build } from 'vite';
import { projectRoot } from '../../server/project-root.ts';
import {
  loadSmallSeed,
  openTestDatabase,
  serveApp,
  TEST_PASSWORD,
  type GroundTruth,
  type RunningApp,
} from '../integration/helpers.ts';
import type { Database } from '../../server/db/database.ts';

export const artifactsDir = path.join(projectRoot, 'test-artifacts', 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface E2eWorld {
  app: RunningApp;
  truth: GroundTruth;
  browser: Browser;
  /**
   * A new page at 1366×768, logged in as that role's test user: on the home page, or at the address `at`
   * (`#/explorer`) when given.
   */
  pageAs(role: string, at?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startE2eWorld(database: Database): Promise<E2eWorld> {
  const clientDir = mkdtempSync(path.join(tmpdir(), 'ringside-client-'));
  await buildClientAsShipped(clientDir);
  const seed = await loadSmallSeed(database);
  const app = await serveApp(database, { clientDir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  mkdirSync(artifactsDir, { recursive: true });
  return {
    app,
    truth: seed.truth,
    browser,
    async pageAs(role, at) {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      // The login page keeps the address, so the view it names is the first one after login.
      await page.goto(at ? `${app.baseUrl}/${at}` : app.baseUrl);
      await page.getByLabel('Username').fill(role);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByTestId('who').waitFor();
      return page;
    },
    async close() {
      await browser.close();
      await app.close();
      seed.remove();
      rmSync(clientDir, { recursive: true, force: true });
    },
  };
}

/**
 * One app, seed and browser for the e2e file that calls this at its top: started before its tests and
 * closed after them. `world` reads the started world (its fields are there once the tests run).
 */
export function e2eWorldForThisFile(): { database: Database; world: E2eWorld } {
  const database = openTestDatabase();
  let started: E2eWorld | undefined;
  beforeAll(async () => {
    started = await startE2eWorld(database);
  }, 180_000);
  afterAll(async () => {
    await started?.close();
    await database.close();
  });
  const current = () => {
    if (!started) throw new Error('the e2e world is read before its beforeAll ran');
    return started;
  };
  const world: E2eWorld = {
    get app() {
      return current().app;
    },
    get truth() {
      return current().truth;
    },
    get browser() {
      return current().browser;
    },
    pageAs: (role, at) => current().pageAs(role, at),
    close: () => current().close(),
  };
  return { database, world };
}

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });

/**
 * The client as `npm start` builds it. Vitest sets NODE_ENV to `test`, which would make Vite bundle
 * React's development build (a fifth bigger, with checks that slow every render).
 */
async function buildClientAsShipped(outDir: string) {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(projectRoot, 'vite.config.ts'),
      build: { outDir, emptyOutDir: true },
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
