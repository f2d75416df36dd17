// The planted fraud: handset farms that rotate many short-lived numbers. Each ring works from one circle,
// buys most of its SIMs from a few rogue dealers on fake or over-used identities (some sharing one face),
// swaps numbers between its handsets, and a minority of its numbers are reported by victims.
// In the adaptive world (fraud after a first wave of blocking) each ring also hides: it goes slow or is
// young, keeps every identity under the limit with a face of its own, may have no victim's report yet, and
// may buy half its numbers from many honest shops. Each ring's `kinds` say how it hides.
import { circleLimit, type Circle } from '../server/ingest/identifiers.ts';
import { fileComplaint } from './complaints.ts';
import {
  addHandset,
  addIdentity,
  addUsage,
  personName,
  pickDealer,
  RECORDS_END,
  sellSim,
  type Dealer,
  type SeedContext,
} from './context.ts';
import { rogueDealersOf } from './dealers.ts';
import { dayOf, formatDay } from './identifiers.ts';
import { weightedChoice, type Random } from './random.ts';
import { ADAPTIVE_RATES, RATES, type ScaleSpec } from './scales.ts';

export type FarmPace = (typeof ADAPTIVE_RATES.paces)[number][0];
/** How a planted ring behaves, for the evaluation's figures per kind. */
export type FarmKind = FarmPace | 'unreported' | 'hiding_dealers' | 'under_limit';

export interface PlantedRing {
  id: string;
  kinds: FarmKind[];
  circle: Circle;
  activeFrom: string;
  activeTo: string;
  handsets: string[];
  numbers: string[];
  identities: string[];
  /** Photo hashes behind several of the ring's identities (one face, many names). */
  sharedPhotoHashes: string[];
  /** The rogue dealers who sold most of its numbers. */
  dealers: string[];
  complaints: string[];
}

const FARMS_FROM = dayOf('2024-01-01');
const FARMS_TO = dayOf('2026-05-31');
const MIN_RING_HANDSETS = 4;
const MAX_RING_HANDSETS = 26;

const pickFarmDocType = weightedChoice([
  ['AADHAAR_EKYC', 50], ['VOTER_ID', 20], ['DRIVING_LICENCE', 15], ['OTHER', 15],
] as const); // prettier-ignore

/** How many numbers one fake identity carries: mostly well past the legal nine. */
const pickIdentityLoad = weightedChoice<(random: Random) => number>([
  [(random) => random.int(2, 8), 35],
  [(random) => random.int(10, 25), 50],
  [(random) => random.int(26, 60), 15],
]);

/** Ring sizes (handsets) that add up to exactly `farmHandsets`. */
export function planRingSizes(random: Random, farmHandsets: number): number[] {
  const sizes: number[] = [];
  let left = farmHandsets;
  while (left > 0) {
    const size = Math.min(left, random.int(MIN_RING_HANDSETS, MAX_RING_HANDSETS));
    if (left - size > 0 && left - size < MIN_RING_HANDSETS) {
      sizes.push(left); // no ring smaller than the minimum at the end
      break;
    }
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Splits `total` numbers over `count` handsets unevenly (some handsets work harder), summing exactly. */
export function splitNumbers(random: Random, total: number, count: number): number[] {
  const weights = Array.from({ length: count }, () => Math.exp(random.normal(0, 0.45)));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const shares = weights.map((weight) => (total * weight) / weightSum);
  const counts = shares.map(Math.floor);
  let left = total - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = shares.map((share, index) => ({ index, rest: share - Math.floor(share) }));
  byRemainder.sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left-- <= 0) break;
    counts[index]!++;
  }
  return counts;
}

/** How one ring works: its pace and the ways it hides. The first wave's rings all work alike. */
interface RingPlan {
  pace: FarmPace;
  reported: boolean;
  rogueDealerShare: number;
  /** Adaptive rings keep each identity under the legal limit, each with its own face. */
  underLimit: boolean;
}

const FIRST_WAVE_PLAN: RingPlan = {
  pace: 'fast',
  reported: true,
  rogueDealerShare: RATES.farmNumbersFromRogueDealers,
  underLimit: false,
};
const pickPace = weightedChoice(ADAPTIVE_RATES.paces);

function adaptivePlan(random: Random): RingPlan {
  const hides = random.chance(ADAPTIVE_RATES.hidingDealersRingShare);
  return {
    pace: pickPace(random),
    reported: !random.chance(ADAPTIVE_RATES.unreportedRingShare),
    rogueDealerShare: hides ? ADAPTIVE_RATES.farmNumbersFromHidingDealers : RATES.farmNumbersFromRogueDealers,
    underLimit: true,
  };
}

const kindsOf = (plan: RingPlan): FarmKind[] => [
  plan.pace,
  ...(plan.reported ? [] : ['unreported' as const]),
  ...(plan.rogueDealerShare < RATES.farmNumbersFromRogueDealers ? ['hiding_dealers' as const] : []),
  ...(plan.underLimit ? ['under_limit' as const] : []),
];

export async function generateFarms(
  context: SeedContext,
  spec: ScaleSpec,
  onRing: (ring: PlantedRing, handsetsDone: number) => Promise<void>,
): Promise<void> {
  const sizes = planRingSizes(context.random, spec.farmHandsets);
  let handsetsDone = 0;
  for (const [index, size] of sizes.entries()) {
    const plan = context.world === 'adaptive' ? adaptivePlan(context.random) : FIRST_WAVE_PLAN;
    // A fast ring's share of the numbers keeps the national average (numbers ÷ handsets) exact in total.
    const numbers =
      Math.floor(((handsetsDone + size) * spec.farmNumbers) / spec.farmHandsets) -
      Math.floor((handsetsDone * spec.farmNumbers) / spec.farmHandsets);
    const ring = generateRing(context, `R${String(index + 1).padStart(5, '0')}`, size, numbers, plan);
    handsetsDone += size;
    await onRing(ring, handsetsDone);
    await context.output.drain();
  }
}

/** When a ring works: a year or so within the base window, or, for a young ring, its last few weeks. */
function ringTimes(random: Random, pace: FarmPace): { start: number; duration: number } {
  if (pace === 'young') {
    const [youngest, oldest] = ADAPTIVE_RATES.youngFarmAgeDays;
    const duration = random.int(youngest, oldest);
    return { start: RECORDS_END - duration, duration };
  }
  const duration = pace === 'slow' ? random.int(300, 420) : random.int(240, 420);
  return { start: random.int(FARMS_FROM, FARMS_TO - duration), duration };
}

/** Numbers the ring uses in all: a fast ring's share, a dozen a handset for a slow one, a few a week when young. */
function ringNumberCount(
  random: Random,
  pace: FarmPace,
  handsets: number,
  share: number,
  days: number,
): number {
  if (pace === 'fast') return share;
  if (pace === 'slow') return handsets * random.int(...ADAPTIVE_RATES.slowNumbersPerHandset);
  return handsets * Math.max(4, Math.round(days / random.int(4, 6)));
}

function generateRing(
  context: SeedContext,
  id: string,
  handsetCount: number,
  fastShare: number,
  plan: RingPlan,
): PlantedRing {
  const { random } = context;
  const circle = context.pickFarmCircle();
  const dealers = pickRingDealers(context, circle);
  const { start, duration } = ringTimes(random, plan.pace);
  const numberCount = ringNumberCount(random, plan.pace, handsetCount, fastShare, duration);
  // The legal limit an identity kept under it respects: six when any of the ring's shops is in J&K, Assam
  // or the North East.
  const identityLimit = Math.min(circleLimit(circle), ...dealers.map((dealer) => circleLimit(dealer.circle)));

  const bulkModel = context.pickFarmModel();
  const handsets = Array.from({ length: handsetCount }, () =>
    addHandset(context, random.chance(0.7) ? bulkModel : context.pickFarmModel()),
  );
  const faces = plan.underLimit
    ? []
    : Array.from({ length: random.int(1, 3) }, () => context.nextPhotoHash());
  const ring: PlantedRing = {
    id,
    kinds: kindsOf(plan),
    circle,
    activeFrom: formatDay(start),
    activeTo: formatDay(Math.min(start + duration, RECORDS_END)),
    handsets,
    numbers: [],
    identities: [],
    sharedPhotoHashes: faces,
    dealers: dealers.map((dealer) => dealer.posId),
    complaints: [],
  };

  let identity = '';
  let identityLoadLeft = 0;
  const nextIdentity = () => {
    if (identityLoadLeft-- > 0) return identity;
    identity = addIdentity(context, {
      name: personName(random),
      docType: pickFarmDocType(random),
      photoHash: !plan.underLimit && random.chance(0.55) ? random.pick(faces) : context.nextPhotoHash(),
    });
    ring.identities.push(identity);
    const load = plan.underLimit ? random.int(2, identityLimit) : pickIdentityLoad(random)(random);
    identityLoadLeft = load - 1;
    return identity;
  };

  const perHandset = splitNumbers(random, numberCount, handsetCount);
  for (const [handsetIndex, imei] of handsets.entries()) {
    // A dual-SIM phone: each slot takes a new number every few days, one after another.
    for (let slot = 0; slot < 2; slot++) {
      const inSlot =
        Math.floor(perHandset[handsetIndex]! / 2) + (slot === 0 ? perHandset[handsetIndex]! % 2 : 0);
      const spacing = duration / Math.max(inSlot, 1);
      for (let k = 0; k < inSlot; k++) {
        const first = Math.min(
          start + Math.floor(k * spacing) + random.int(0, Math.floor(spacing * 0.2)),
          RECORDS_END,
        );
        // A slow farm keeps each number one to three months; the others churn in days.
        const stay =
          plan.pace === 'slow'
            ? Math.min(random.int(30, 90), Math.floor(spacing * 0.95))
            : Math.min(random.int(1, 20), Math.floor(spacing * 0.8));
        const last = Math.min(first + stay, RECORDS_END);
        const dealer = random.chance(plan.rogueDealerShare)
          ? random.pick(dealers)
          : pickDealer(context, circle, context.pickOperator(circle));
        const msisdn = sellSim(context, {
          dealer,
          kycId: nextIdentity(),
          activatedOn: Math.max(first - random.int(0, 3), dealer.registeredOn),
        });
        addUsage(context, msisdn, imei, first, last);
        if (handsetCount > 1 && random.chance(RATES.swappedNumberShare)) {
          // The SIM moves to a sister handset of the farm for a few more days.
          const other = (handsetIndex + random.int(1, handsetCount - 1)) % handsetCount;
          const movedOn = Math.min(last + random.int(0, 3), RECORDS_END);
          addUsage(
            context,
            msisdn,
            handsets[other]!,
            movedOn,
            Math.min(movedOn + random.int(0, 6), RECORDS_END),
          );
        }
        if (plan.reported && random.chance(RATES.reportedFarmNumberShare)) {
          // Victims sometimes name two numbers of the same call centre.
          const suspects = [msisdn];
          if (ring.numbers.length > 0 && random.chance(0.2)) suspects.push(random.pick(ring.numbers));
          ring.complaints.push(fileComplaint(context, suspects, first + random.int(0, 25)));
        }
        ring.numbers.push(msisdn);
      }
    }
  }
  return ring;
}

/** One to three rogue shops of the ring's circle, and sometimes one from another circle. */
function pickRingDealers(context: SeedContext, circle: Circle): Dealer[] {
  const { random } = context;
  const rogues = rogueDealersOf(context, circle);
  const chosen = new Set<Dealer>();
  const wanted = Math.min(random.int(1, 3), rogues.length);
  while (chosen.size < wanted) chosen.add(random.pick(rogues));
  if (random.chance(0.3)) {
    const elsewhere = context.pickFarmCircle();
    if (elsewhere !== circle) chosen.add(random.pick(rogueDealersOf(context, elsewhere)));
  }
  return [...chosen];
}
