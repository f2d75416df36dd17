// `npm run bench -- <benchmark> [options]`: measured figures, written to bench-results/ (JSON and Markdown).
//   import --scale <small|medium|national> [--seed N] [--path bulk|transactional]
//                                                       Ringside's importer against LOAD CSV
//   explore --scale <small|medium|national> [--seed N]  API latency from concurrent clients, recompute time
//   export --scale <small|medium|national> [--seed N]   DoT exports after approving every farm handset
//   delta --scale <small|medium|national> [--seed N]    next day's feed imported and rescored, against a full recompute
//   serve --scale <small|medium|national> [--processes 1,2] [--clients 50]
//                                                       mixed reads through nginx to one, then two app processes
//   growth --scale <small|medium|national> [--background 1,2,4]
//                                                       the same fraud in a country 1, 2 and 4 times larger
//                                                       (a K may repeat, interleaved: 1,4,2,2,4,1; medians)
//   detection --scale <small|medium|national> [--seeds A,B,C] [--world adaptive|first-wave]
//                                                       the risk scores against the planted truth, per seed
//   overview --scale <small|medium|national> [--clients 4,16]
//                                                       the home page of each role and the map's reads
import { parseArgs } from 'node:util';
import { SCALE_NAMES, type ScaleName } from '../seed/scales.ts';
import { runDeltaBench } from './bench/delta-bench.ts';
import { runDetectionBench } from './bench/detection-bench.ts';
import { runExploreBench } from './bench/explore-bench.ts';
import { runExportBench } from './bench/export-bench.ts';
import { runGrowthBench } from './bench/growth-bench.ts';
import { runImportBench } from './bench/import-bench.ts';
import { runOverviewBench } from './bench/overview-bench.ts';
import { runServeBench } from './bench/serve-bench.ts';

const usage = `usage: npm run bench -- <import|explore|export|delta|detection|serve|growth|overview> [--scale <${SCALE_NAMES.join('|')}>] [--seed N] [--seeds A,B,C] [--world adaptive|first-wave] [--path bulk|transactional] [--processes 1,2] [--background 1,2,4] [--clients N]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    scale: { type: 'string', default: 'medium' },
    seed: { type: 'string', default: '7' },
    heap: { type: 'string', default: '4g' },
    'page-cache': { type: 'string', default: '4g' },
    clients: { type: 'string', default: '16' },
    path: { type: 'string', default: 'bulk' },
    seeds: { type: 'string', default: '101,102,103' },
    world: { type: 'string', default: 'adaptive' },
    processes: { type: 'string', default: '1,2' },
    background: { type: 'string', default: '1,2,4' },
  },
});
const benchmark = positionals[0] ?? 'import';
if (
  !['import', 'explore', 'export', 'delta', 'detection', 'serve', 'growth', 'overview'].includes(benchmark) ||
  !/^\d+(,\d+)*$/.test(values.background) ||
  !/^\d+(,\d+)*$/.test(values.clients) ||
  !/^\d+(,\d+)*$/.test(values.processes) ||
  !/^\d+(,\d+)*$/.test(values.seeds) ||
  !['adaptive', 'first-wave'].includes(values.world) ||
  !SCALE_NAMES.includes(values.scale as ScaleName) ||
  !/^\d+$/.test(values.seed) ||
  !['bulk', 'transactional'].includes(values.path)
) {
  console.error(usage);
  process.exit(2);
}

const common = {
  scale: values.scale as ScaleName,
  seed: Number(values.seed),
  heap: values.heap,
  pageCache: values['page-cache'],
};
if (benchmark === 'import')
  await runImportBench({ ...common, path: values.path as 'bulk' | 'transactional' });
else if (benchmark === 'export') await runExportBench(common);
else if (benchmark === 'delta') await runDeltaBench(common);
else if (benchmark === 'detection')
  await runDetectionBench({
    ...common,
    seeds: values.seeds.split(',').map(Number),
    world: values.world as 'adaptive' | 'first-wave',
  });
else if (benchmark === 'serve')
  await runServeBench({
    ...common,
    processes: values.processes.split(',').map(Number),
    // Fifty officers at once, unless told otherwise (the option's default of 16 is the explore bench's).
    clients: process.argv.includes('--clients') ? Number(values.clients) : 50,
    requestsPerClient: 40,
  });
else if (benchmark === 'growth')
  await runGrowthBench({
    ...common,
    backgrounds: values.background.split(',').map(Number),
    clients: Number(values.clients),
  });
else if (benchmark === 'overview')
  await runOverviewBench({
    ...common,
    clients: values.clients.split(',').map(Number),
    requestsPerClient: 25,
  });
else await runExploreBench({ ...common, clients: Number(values.clients), requestsPerClient: 50 });
