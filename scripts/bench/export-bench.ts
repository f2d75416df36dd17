// `npm run bench -- export --scale S`: one block request for every planted farm handset, approved by the
// telecom role, then the re-verification list and the block list downloaded from the app (its own
// process) as the telecom department would: rows per second, and the app's peak memory while streaming.
// The approvals change the data, so this benchmark keeps its own database (a copy of explore's, if any).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startAppProcess } from './app-process.ts';
import { startBenchDatabase, type BenchDatabaseOptions } from './bench-database.ts';
import { benchSession } from './bench-session.ts';
import { resultHeader, writeBenchResult } from './report.ts';
import { ensureSeedData } from './seed-data.ts';

const log = (line: string) => console.log(`[bench] ${line}`);
const CASE_REF = 'BENCH-ALL-FARM-HANDSETS';

interface Download {
  rows: number;
  megabytes: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMiB: number;
}

export async function runExportBench(options: BenchDatabaseOptions): Promise<void> {
  const truth = JSON.parse(
    readFileSync(path.join(ensureSeedData(options.scale, options.seed), 'ground-truth.json'), 'utf8'),
  ) as { rings: { handsets: string[] }[] };
  const farmHandsets = truth.rings.flatMap((ring) => ring.handsets);
  const { uri, database, stop } = await startBenchDatabase('export', options, 'explore');
  const app = await startAppProcess(uri);
  try {
    const dot = await benchSession(database, app.baseUrl, 'dot');
    const investigator = await benchSession(database, app.baseUrl, 'investigator');
    const approval = await approveAllFarmHandsets(app.baseUrl, investigator, dot, farmHandsets);

    const downloads: Record<string, Download> = {};
    for (const list of ['reverification', 'block-list']) {
      await download(app.baseUrl, dot, list); // warm up: page cache and JIT
      app.resetPeakRss();
      downloads[list] = { ...(await download(app.baseUrl, dot, list)), peakRssMiB: app.peakRssMiB() };
      const d = downloads[list];
      log(
        `  ${list}: ${d.rows} rows in ${d.seconds} s, ${d.rowsPerSecond} rows/s, app peak RSS ${d.peakRssMiB} MiB`,
      );
    }

    const result = {
      ...resultHeader('export', options),
      farmHandsets: farmHandsets.length,
      approval,
      downloads,
    };
    const written = writeBenchResult(`export-${options.scale}`, result, {
      title: `Export benchmark, ${options.scale} scale (seed ${options.seed})`,
      columns: ['list', 'rows', 'MB', 'seconds', 'rows/s', 'app peak RSS'],
      rows: Object.entries(downloads).map(([list, d]) => [
        `${list}.csv`,
        d.rows,
        d.megabytes,
        d.seconds,
        d.rowsPerSecond,
        `${d.peakRssMiB} MiB`,
      ]),
      notes: [
        `One block request for all ${farmHandsets.length} planted farm handsets, approved through the API${approval ? ` in ${approval.seconds} s (${approval.numbers} numbers sent to re-verification)` : ' (in an earlier run)'}.`,
        'Downloaded over HTTP as the telecom role, second of two runs; peak RSS is the app process (VmHWM, reset before the download).',
      ],
    });
    log(`wrote ${written.join(' and ')}`);
  } finally {
    await app.stop();
    await stop();
  }
}

/** Requests and approves the block once; later runs find it approved (or still pending, and approve it). */
async function approveAllFarmHandsets(baseUrl: string, investigator: string, dot: string, imeis: string[]) {
  const { requests } = await api(baseUrl, dot, 'GET', '/api/block-requests?limit=500');
  const earlier = (requests as { id: string; status: string; caseRef: string }[]).find(
    (request) => request.caseRef === CASE_REF,
  );
  if (earlier?.status === 'approved') return null;

  let id = earlier?.id;
  if (!id) {
    log(`requesting a block of ${imeis.length} farm handsets...`);
    const created = await api(baseUrl, investigator, 'POST', '/api/block-requests', {
      imeis,
      reason: 'Benchmark: every handset of the planted farms',
      caseRef: CASE_REF,
      acknowledgeCaution: true,
      justification: 'Benchmark run on synthetic data',
    });
    id = created.id as string;
  }
  log(`approving ${id}...`);
  const started = performance.now();
  const approved = await api(baseUrl, dot, 'POST', `/api/block-requests/${id}/approve`, { note: 'bench' });
  return {
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    numbers: approved.numbers as number,
  };
}

async function api(baseUrl: string, cookie: string, method: string, url: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${url}`, {
    method,
    headers: { cookie, 'content-type': 'application/json', origin: baseUrl },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Reads the whole CSV as it streams, counting lines without keeping them. */
async function download(
  baseUrl: string,
  cookie: string,
  list: string,
): Promise<Omit<Download, 'peakRssMiB'>> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/exports/${list}.csv`, { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`${list}: ${response.status} ${await response.text()}`);
  let lines = 0;
  let bytes = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.length;
    // indexOf, not a loop over bytes: the client shares the two cores with the app and Neo4j.
    for (let at = chunk.value.indexOf(10); at !== -1; at = chunk.value.indexOf(10, at + 1)) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = lines - 1; // the header
  return {
    rows,
    megabytes: Number((bytes / 1e6).toFixed(1)),
    seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round(rows / seconds),
  };
}
