// `npm run seed -- ... --delta`: the next days of the same world, as a daily feed holds them. The base world
// is planted again in memory (same seed, same draws, nothing written), a sample of its numbers kept, and the
// same random source and identifier counters then go on: new numbers, identities, handsets and complaints
// never repeat a base key, and every existing record a row names is repeated with its stored values, so
// the feed imports over its base without a conflict.
import { mkdirSync } from 'node:fs';
import { fileComplaint } from './complaints.ts';
import {
  addHandset,
  addIdentity,
  addUsage,
  createSeedContext,
  personName,
  pickDealer,
  RECORDS_END,
  sellSim,
  type Dealer,
  type SeedContext,
} from './context.ts';
import type { PlantedRing } from './farms.ts';
import { plantWorld } from './generate.ts';
import { formatDay } from './identifiers.ts';
import { createSeedOutput, type SeedFile, type SeedOutput, type SimRow } from './output.ts';
import { createRandom, type Random } from './random.ts';
import { RATES, specOf, type ScaleName, type ScaleSpec } from './scales.ts';

export interface DeltaOptions {
  scale: ScaleName;
  seed: number;
  /** How many days after the base's records end the feed covers (1 = the next day). */
  days: number;
  outDir: string;
  /** The base world's background (`seed --background K`): the feed follows that world. */
  background?: number;
}

export interface DeltaSummary {
  rowCounts: Record<SeedFile, number>;
  firstDay: string;
  lastDay: string;
}

/** What one day brings, as shares of the base world (together about 1% of the base's rows). */
const DAILY = {
  /** New numbers put into existing farm handsets, per farm number. */
  farmNumbers: 0.005,
  /** Farm numbers seen again in their handset, per farm number. */
  farmSightings: 0.001,
  /** Complaints naming an existing farm number, per farm number. */
  farmComplaints: 0.001,
  /** Ordinary numbers seen again in their phone, per subscriber. */
  subscriberSightings: 0.05,
  /** Existing subscribers who buy another number, per subscriber. */
  extraNumbers: 0.01,
  /** New ordinary subscribers, per subscriber. */
  newSubscribers: 0.01,
  /** Ordinary numbers disconnected, per subscriber. */
  disconnections: 0.01,
} as const;
/** A new farm number that also moves into a handset of another farm: two rings turn out to be one. */
const CROSS_RING_MOVE_SHARE = 0.03;
/**
 * The farms still at work when the base's records end (the latest to stop) bring a day's farm rows: new
 * numbers, and the victims' reports of their numbers. The others have moved on.
 */
const WORKING_FARM_SHARE = 0.1;
/** A new farm number registered to a new fake identity rather than one the farm already uses. */
const NEW_FAKE_IDENTITY_SHARE = 0.2;

interface SampledNumber {
  sim: SimRow;
  /** The handset and last day of its latest stay, if it has one (activation tests left out). */
  latest?: { imei: string; lastSeen: string };
}

interface FarmMemory {
  activeTo: string;
  circle: PlantedRing['circle'];
  handsets: string[];
  identities: string[];
  faces: string[];
  dealers: Dealer[];
  numbers: string[];
}

/**
 * Shares of the base's SIMs kept per day of feed, to draw from: a day takes about 0.2% of farm numbers
 * and 7% of subscribers' numbers (sightings, second numbers, disconnections), each number once.
 */
const SAMPLED_FARM_NUMBERS_PER_DAY = 0.01;
const SAMPLED_SUBSCRIBER_NUMBERS_PER_DAY = 0.12;

/** How many items a ring keeps of its identities and numbers: enough to draw from, bounded at any scale. */
const RING_SAMPLE = 40;

export async function generateDelta({
  scale,
  seed,
  days,
  outDir,
  background = 1,
}: DeltaOptions): Promise<DeltaSummary> {
  const spec = specOf(scale, background);
  const memory = await replayBase(seed, spec, days);
  mkdirSync(outDir, { recursive: true });
  const output = createSeedOutput(outDir);
  const context: SeedContext = { ...memory.context, output };
  const firstDay = RECORDS_END + 1;
  for (let day = firstDay; day < firstDay + days; day++) {
    writeDay(context, spec, memory, day);
    await output.drain();
  }
  await output.close();
  return {
    rowCounts: output.rowCounts(),
    firstDay: formatDay(firstDay),
    lastDay: formatDay(firstDay + days - 1),
  };
}

interface BaseMemory {
  context: SeedContext;
  farms: FarmMemory[];
  /** The farms still at work. */
  workingFarms: FarmMemory[];
  farmNumbers: SampledNumber[];
  subscriberNumbers: SampledNumber[];
}

/** Plants the base world again without writing it, keeping the farms and a sample of the numbers. */
async function replayBase(seed: number, spec: ScaleSpec, days: number): Promise<BaseMemory> {
  // Its own random source: sampling must not change a single draw of the world.
  const sampler = createRandom(seed ^ 0x5eedde17);
  const sampled = new Map<string, SampledNumber>();
  const farms: FarmMemory[] = [];
  const farmNumbers: SampledNumber[] = [];
  let farmsDone = false;
  const capture = captureOutput((sim) => {
    const share = farmsDone ? SAMPLED_SUBSCRIBER_NUMBERS_PER_DAY : SAMPLED_FARM_NUMBERS_PER_DAY;
    if (sampler.chance(Math.min(1, days * share))) sampled.set(sim.msisdn, { sim });
  }, sampled);
  const context = createSeedContext(seed, capture);
  const byPosId = new Map<string, Dealer>();
  await plantWorld(context, spec, {
    onRing: async (ring) => {
      if (byPosId.size === 0) context.dealers.forEach((dealer) => byPosId.set(dealer.posId, dealer));
      farms.push({
        activeTo: ring.activeTo,
        circle: ring.circle,
        handsets: ring.handsets,
        identities: ring.identities.slice(0, RING_SAMPLE),
        faces: ring.sharedPhotoHashes,
        dealers: ring.dealers.map((posId) => byPosId.get(posId)!),
        numbers: ring.numbers.slice(-RING_SAMPLE),
      });
      // What was sampled so far was sold to farms; after the last ring, to subscribers.
      farmNumbers.push(...sampled.values());
      sampled.clear();
    },
    onProgress: ({ phase, done, total }) => {
      if (phase === 'farms' && done === total) farmsDone = true;
    },
  });
  const working = [...farms]
    .sort((a, b) => b.activeTo.localeCompare(a.activeTo))
    .slice(0, Math.max(2, Math.round(WORKING_FARM_SHARE * farms.length)));
  return { context, farms, workingFarms: working, farmNumbers, subscriberNumbers: [...sampled.values()] };
}

/** An output that writes nothing: it offers each SIM row to `onSim` and follows the sampled numbers' stays. */
function captureOutput(onSim: (sim: SimRow) => void, sampled: Map<string, SampledNumber>): SeedOutput {
  return {
    write(file, row) {
      if (file === 'sims.csv') onSim({ ...(row as SimRow) });
      if (file !== 'usage.csv') return;
      const usage = row as { msisdn: string; imei: string; first_seen: string; last_seen: string };
      const number = sampled.get(usage.msisdn);
      if (!number) return;
      const isActivationTest =
        usage.first_seen === usage.last_seen && usage.first_seen === number.sim.activated_on;
      if (!isActivationTest && (!number.latest || usage.last_seen >= number.latest.lastSeen))
        number.latest = { imei: usage.imei, lastSeen: usage.last_seen };
    },
    rowCounts: () => ({}) as Record<SeedFile, number>,
    drain: async () => {},
    close: async () => {},
  };
}

const perDay = (share: number, base: number) => Math.max(1, Math.round(share * base));

function writeDay(context: SeedContext, spec: ScaleSpec, memory: BaseMemory, day: number): void {
  const { random } = context;
  for (let n = perDay(DAILY.farmNumbers, spec.farmNumbers); n > 0; n--) addFarmNumber(context, memory, day);
  for (let n = perDay(DAILY.farmComplaints, spec.farmNumbers); n > 0; n--) {
    const farm = random.pick(memory.workingFarms);
    fileComplaint(context, [random.pick(farm.numbers)], day, day);
  }
  for (let n = perDay(DAILY.farmSightings, spec.farmNumbers); n > 0; n--) {
    const number = takeStayed(random, memory.farmNumbers);
    if (number) addUsage(context, number.sim.msisdn, number.latest!.imei, day, day);
  }

  const isCurrent = (number: SampledNumber) =>
    number.sim.status === 'active' && number.latest?.lastSeen === formatDay(RECORDS_END);
  for (let n = perDay(DAILY.subscriberSightings, spec.subscribers); n > 0; n--) {
    const number = take(random, memory.subscriberNumbers, isCurrent);
    if (number) addUsage(context, number.sim.msisdn, number.latest!.imei, day, day);
  }
  for (let n = perDay(DAILY.extraNumbers, spec.subscribers); n > 0; n--) {
    const number = take(random, memory.subscriberNumbers, isCurrent);
    if (number) addExtraNumber(context, number, day);
  }
  for (let n = perDay(DAILY.newSubscribers, spec.subscribers); n > 0; n--) addNewSubscriber(context, day);
  for (let n = perDay(DAILY.disconnections, spec.subscribers); n > 0; n--) {
    // The SIM row again, every identifying value as stored: only its status changes.
    const number = take(random, memory.subscriberNumbers, (candidate) => candidate.sim.status === 'active');
    if (number) context.output.write('sims.csv', { ...number.sim, status: 'disconnected' });
  }
}

/** A farm buys another number from its dealers and works it in one of its handsets, as before. */
function addFarmNumber(context: SeedContext, memory: BaseMemory, day: number): void {
  const { random } = context;
  const farm = random.pick(memory.workingFarms);
  const dealer = random.chance(RATES.farmNumbersFromRogueDealers)
    ? random.pick(farm.dealers)
    : pickDealer(context, farm.circle, context.pickOperator(farm.circle));
  const kycId = random.chance(NEW_FAKE_IDENTITY_SHARE)
    ? addIdentity(context, {
        name: personName(random),
        docType: 'AADHAAR_EKYC',
        // A face the farm already uses, under yet another name.
        photoHash: random.chance(0.55) ? random.pick(farm.faces) : context.nextPhotoHash(),
      })
    : random.pick(farm.identities);
  const msisdn = sellSim(context, { dealer, kycId, activatedOn: day });
  const handset = random.pick(farm.handsets);
  addUsage(context, msisdn, handset, day, day);
  if (farm.handsets.length > 1 && random.chance(RATES.swappedNumberShare)) {
    const sister = farm.handsets.filter((imei) => imei !== handset);
    addUsage(context, msisdn, random.pick(sister), day, day);
  } else if (random.chance(CROSS_RING_MOVE_SHARE)) {
    addUsage(context, msisdn, random.pick(random.pick(memory.farms).handsets), day, day);
  }
  if (random.chance(RATES.reportedFarmNumberShare)) fileComplaint(context, [msisdn], day, day);
  farm.numbers.push(msisdn);
}

/** An existing subscriber buys a second (or third) number, used in the phone they have now. */
function addExtraNumber(context: SeedContext, number: SampledNumber, day: number): void {
  const circle = number.sim.circle as Dealer['circle'];
  const dealer = pickDealer(context, circle, context.pickOperator(circle));
  const msisdn = sellSim(context, { dealer, kycId: number.sim.kyc_id, activatedOn: day });
  addUsage(context, msisdn, number.latest!.imei, day, day);
}

function addNewSubscriber(context: SeedContext, day: number): void {
  const { random } = context;
  const circle = context.pickCircle();
  const kycId = addIdentity(context, {
    name: personName(random),
    docType: 'AADHAAR_EKYC',
    photoHash: random.chance(0.9) ? context.nextPhotoHash() : '',
  });
  const dealer = pickDealer(context, circle, context.pickOperator(circle));
  const msisdn = sellSim(context, { dealer, kycId, activatedOn: day });
  addUsage(context, msisdn, addHandset(context, context.pickConsumerModel()), day, day);
}

/** Removes and returns a random sampled number that `fits`: each number is in a feed's rows once. */
function take(
  random: Random,
  pool: SampledNumber[],
  fits: (number: SampledNumber) => boolean,
): SampledNumber | undefined {
  for (let attempt = 0; attempt < 20 && pool.length > 0; attempt++) {
    const index = random.int(0, pool.length - 1);
    const number = pool[index]!;
    if (!fits(number)) continue;
    pool[index] = pool[pool.length - 1]!;
    pool.pop();
    return number;
  }
  return undefined;
}

const takeStayed = (random: Random, pool: SampledNumber[]) =>
  take(random, pool, (number) => number.latest !== undefined);
