// Detection when fraud adapts (issue #15): the adaptive small seed (`npm run seed -- --adaptive`) imported
// and analysed as `npm run import` leaves it, then judged as an officer and the evaluation see it.
// Thresholds: the goals (precision 0.97 with no look-alike in the top K, slow-farm recall 0.9,
// dealer precision 0.9), which this seed, never used for tuning, meets with room (README: Detection).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GroundTruth } from '../../server/analysis/evaluate.ts';
import { evaluateStoredAnalysis, type Evaluation } from '../../server/analysis/evaluation.ts';
import { recomputeAnalysis } from '../../server/analysis/recompute-analysis.ts';
import { importFolder } from '../../server/ingest/import-folder.ts';
import { generateSeed } from '../../seed/generate.ts';
import { openTestDatabase, runScript, serveApp, type RunningApp } from './helpers.ts';

const database = openTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), 'ringside-adaptive-'));
let app: RunningApp;
let truth: GroundTruth;
let evaluation: Evaluation;

interface Suspect {
  imei: string;
  score: number;
  reasons: string[];
  caution: { kind: string } | null;
}

beforeAll(async () => {
  await database.writeTx((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await generateSeed({ scale: 'small', seed: 7, outDir: dir, world: 'adaptive' });
  const imported = await importFolder(database, dir);
  if (!imported.ok)
    throw new Error(`the adaptive seed did not import: ${JSON.stringify(imported.errors[0])}`);
  await recomputeAnalysis(database);
  truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
  evaluation = await evaluateStoredAnalysis(database, truth);
  app = await serveApp(database);
}, 180_000);

afterAll(async () => {
  await app?.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the adaptive world, analysed', () => {
  it('finds the farms that hide, with no innocent look-alike among the top K', () => {
    expect(evaluation.world).toBe('adaptive');
    expect(evaluation.ours.precision).toBeGreaterThanOrEqual(0.97);
    expect(evaluation.ours.decoysInTopK).toBe(0);
    expect(evaluation.ours.recall).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.ours.recallByKind.slow).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.ours.recallByKind.unreported).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.ours.recallByKind.hiding_dealers).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.ours.dealerPrecision).toBeGreaterThanOrEqual(0.9);
  });

  it('does better than the naive ranking, which lets look-alikes in', () => {
    expect(evaluation.ours.precision).toBeGreaterThan(evaluation.naive.precision);
    expect(evaluation.naive.decoysInTopK).toBeGreaterThan(0);
  });

  it('explains a slow, unreported farm handset without victims or over-limit identities', async () => {
    const slowUnreported = truth.rings.find(
      (ring) => ring.kinds?.includes('slow') && ring.kinds.includes('unreported'),
    )!;
    const response = await (await app.as('analyst')).get('/api/suspects/handsets?limit=1000');
    expect(response.status).toBe(200);
    const byImei = new Map((response.body.handsets as Suspect[]).map((s) => [s.imei, s]));
    const suspect = slowUnreported.handsets.map((imei) => byImei.get(imei)).find(Boolean)!;
    expect(suspect.caution).toBeNull();
    expect(suspect.reasons[0]).toMatch(/numbers were used here for a short time and dropped/);
    expect(suspect.reasons.join(' ')).not.toMatch(/reported by victims/);
  });

  it('cautions the repair shops and activation desks on their details, and lists none of them', async () => {
    const analyst = await app.as('analyst');
    const listed = new Set(
      ((await analyst.get('/api/suspects/handsets?limit=1000')).body.handsets as Suspect[]).map(
        (s) => s.imei,
      ),
    );
    const cautioned = async (imei: string) =>
      (await analyst.get(`/api/nodes/Handset/${imei}`)).body.node.data.caution as string | undefined;
    const shops = truth.decoys.repairShops!.filter((shop) => (shop as { numbers: number }).numbers >= 5);
    const desks = truth.decoys.activationDesks!;
    expect(shops.length + desks.length).toBeGreaterThan(0);
    for (const { imei } of shops) {
      expect(await cautioned(imei!)).toBe('repair_shop');
      expect(listed.has(imei!)).toBe(false);
    }
    for (const { imei } of desks) {
      expect(await cautioned(imei!)).toBe('activation_desk');
      expect(listed.has(imei!)).toBe(false);
    }
  });

  it('npm run eval prints the figures per kind of farm and look-alike, beside the naive ranking', async () => {
    const run = await runScript('eval', [dir], { ...process.env, NEO4J_URI: inject('neo4jUri') });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^adaptive world: \d+ farms with 200 handsets/m);
    expect(run.stdout).toMatch(
      /\| look-alikes in the top K \| 0 \| [1-9]\d* \(.*(repairShops|activationDesks)/,
    );
    for (const kind of ['slow', 'young', 'unreported', 'hiding dealers', 'under limit'])
      expect(run.stdout).toMatch(new RegExp(`\\| recall of ${kind} farms' handsets \\| \\d\\.\\d{3} \\|`));
  }, 60_000);
});
