// The planted fraud: handset farms that rotate many short-lived numbers. Each ring works from one circle,
// buys most of its SIMs from a few rogue dealers on fake or over-used identities (some sharing one face),
// swaps numbers between its handsets, and a minority of its numbers are reported by victims.
import type { Circle } from '../server/ingest/identifiers.ts';
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
import { RATES, type ScaleSpec } from './scales.ts';

export interface PlantedRing {
  id: string;
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

export async function generateFarms(
  context: SeedContext,
  spec: ScaleSpec,
  onRing: (ring: PlantedRing, handsetsDone: number) => Promise<void>,
): Promise<void> {
  const sizes = planRingSizes(context.random, spec.farmHandsets);
  let handsetsDone = 0;
  for (const [index, size] of sizes.entries()) {
    // Each ring's share of the numbers keeps the national average (numbers ÷ handsets) exact in total.
    const numbers =
      Math.floor(((handsetsDone + size) * spec.farmNumbers) / spec.farmHandsets) -
      Math.floor((handsetsDone * spec.farmNumbers) / spec.farmHandsets);
    const ring = generateRing(context, `R${String(index + 1).padStart(5, '0')}`, size, numbers);
    handsetsDone += size;
    await onRing(ring, handsetsDone);
    await context.output.drain();
  }
}

function generateRing(
  context: SeedContext,
  id: string,
  handsetCount: number,
  numberCount: number,
): PlantedRing {
  const { random } = context;
  const circle = context.pickFarmCircle();
  const dealers = pickRingDealers(context, circle);
  const duration = random.int(240, 420);
  const start = random.int(FARMS_FROM, FARMS_TO - duration);

  const bulkModel = context.pickFarmModel();
  const handsets = Array.from({ length: handsetCount }, () =>
    addHandset(context, random.chance(0.7) ? bulkModel : context.pickFarmModel()),
  );
  const faces = Array.from({ length: random.int(1, 3) }, () => context.nextPhotoHash());
  const ring: PlantedRing = {
    id,
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
      photoHash: random.chance(0.55) ? random.pick(faces) : context.nextPhotoHash(),
    });
    ring.identities.push(identity);
    identityLoadLeft = pickIdentityLoad(random)(random) - 1;
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
        const last = Math.min(first + Math.min(random.int(1, 20), Math.floor(spacing * 0.8)), RECORDS_END);
        const dealer = random.chance(RATES.farmNumbersFromRogueDealers)
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
        if (random.chance(RATES.reportedFarmNumberShare)) {
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
