// Ordinary subscribers, and the innocent look-alikes planted among them: cloned IMEIs shared by unrelated
// phones across India, second-hand handsets with several owners in turn, family phones, and complaints
// that name an honest number by mistake. The adaptive world adds repair-shop phones (customers' SIMs in
// them for a day) and resells second-hand phones more often.
import type { Circle } from '../server/ingest/identifiers.ts';
import { fileComplaint } from './complaints.ts';
import {
  addHandset,
  addIdentity,
  addUsage,
  personName,
  pickDealer,
  RECORDS_END,
  RECORDS_START,
  sellSim,
  type SeedContext,
} from './context.ts';
import type { PlantedDesk } from './dealers.ts';
import { weightedChoice } from './random.ts';
import { ADAPTIVE_RATES, RATES, type ScaleSpec } from './scales.ts';
import { CLONE_MODEL, SURNAMES } from './world.ts';

export interface PlantedDecoys {
  clonedImeis: { imei: string; numbers: number; circles: Circle[] }[];
  dealerTestPhones: { imei: string; posId: string; numbers: number }[];
  refurbishedHandsets: { imei: string; owners: number }[];
  familyPhones: { imei: string; members: number }[];
  mistakenComplaints: { ackNo: string; msisdn: string }[];
  /** Adaptive world only. */
  repairShops?: PlantedRepairShop[];
  activationDesks?: PlantedDesk[];
}

export interface PlantedRepairShop {
  imei: string;
  circle: Circle;
  numbers: number;
}

/** What subscribers' numbers can run into besides their own phones. */
interface Planting {
  mistakenComplaints: PlantedDecoys['mistakenComplaints'];
  repairShops?: { byCircle: Map<Circle, PlantedRepairShop[]>; visitChance: number };
}

interface HandsetPeriod {
  imei: string;
  from: number;
  to: number;
}

const pickDocType = weightedChoice([
  ['AADHAAR_EKYC', 85], ['VOTER_ID', 6], ['DRIVING_LICENCE', 4], ['PASSPORT', 3], ['OTHER', 2],
] as const); // prettier-ignore
const pickNumberCount = weightedChoice([[1, 60], [2, 30], [3, 10]] as const); // prettier-ignore

export async function generateSubscribers(
  context: SeedContext,
  spec: ScaleSpec,
  onProgress: (subscribersDone: number) => void,
): Promise<Omit<PlantedDecoys, 'dealerTestPhones' | 'activationDesks'>> {
  const { random } = context;
  const decoys: Omit<PlantedDecoys, 'dealerTestPhones' | 'activationDesks'> = {
    clonedImeis: [],
    refurbishedHandsets: [],
    familyPhones: [],
    mistakenComplaints: [],
  };
  const planting: Planting = { mistakenComplaints: decoys.mistakenComplaints };
  if (context.world === 'adaptive') {
    decoys.repairShops = openRepairShops(context, spec.repairShops);
    planting.repairShops = {
      byCircle: groupBy(decoys.repairShops, (shop) => shop.circle),
      // Ordinary numbers average about 1.4 a subscriber.
      visitChance: Math.min(
        0.5,
        (ADAPTIVE_RATES.repairVisitsPerShop * spec.repairShops) / (1.4 * spec.subscribers),
      ),
    };
  }
  const clones = Array.from({ length: spec.clonedImeis }, () => ({
    imei: addHandset(context, CLONE_MODEL),
    numbers: 0,
    circleSet: new Set<Circle>(),
  }));
  // A few counterfeit batches sold by the thousand, most by the dozen (Zipf-like).
  const pickClone =
    clones.length > 0 ? weightedChoice(clones.map((clone, k) => [clone, 1 / (k + 1)] as const)) : undefined;

  /** Spreads `units` decoys evenly through the subscribers, so each streams out among them. */
  const isDue = (index: number, done: number, units: number) =>
    done < units && index >= Math.floor((done * spec.subscribers) / units);

  for (let index = 0; index < spec.subscribers; index++) {
    while (isDue(index, decoys.refurbishedHandsets.length, spec.refurbishedHandsets))
      decoys.refurbishedHandsets.push(addRefurbishedHandset(context, planting));
    while (isDue(index, decoys.familyPhones.length, spec.familyPhones))
      decoys.familyPhones.push(addFamilyPhone(context, planting));

    const circle = context.pickCircle();
    const activatedOn = random.int(RECORDS_START, RECORDS_END - 30);
    const periods = consumerPeriods(context, activatedOn, RECORDS_END);
    if (pickClone && random.chance(RATES.clonedHandsetShare)) {
      // The current phone is a counterfeit: its IMEI is the one flashed into the whole batch.
      const clone = pickClone(random);
      periods[periods.length - 1]!.imei = clone.imei;
      clone.circleSet.add(circle);
      const numbers = addSubscriber(context, circle, activatedOn, pickNumberCount(random), periods, planting);
      clone.numbers += numbers.length;
    } else {
      addSubscriber(context, circle, activatedOn, pickNumberCount(random), periods, planting);
    }
    if (index % 1000 === 999 && index + 1 < spec.subscribers) {
      onProgress(index + 1);
      await context.output.drain();
    }
  }
  onProgress(spec.subscribers);
  decoys.clonedImeis = clones.map(({ imei, numbers, circleSet }) => ({
    imei,
    numbers,
    circles: [...circleSet].sort(),
  }));
  return decoys;
}

/** A person with one to three numbers (one dealer each), used in their phones over the years. */
function addSubscriber(
  context: SeedContext,
  circle: Circle,
  activatedOn: number,
  numberCount: number,
  periods: HandsetPeriod[],
  planting: Planting,
  surname?: string,
): string[] {
  const { random } = context;
  const kycId = addIdentity(context, {
    name: personName(random, surname),
    docType: pickDocType(random),
    photoHash: random.chance(0.9) ? context.nextPhotoHash() : '',
  });
  const numbers: string[] = [];
  for (let n = 0; n < numberCount; n++) {
    // The second and third numbers come later, into the other slot of the same phones.
    const numberFrom = n === 0 ? activatedOn : Math.min(activatedOn + random.int(1, 600), RECORDS_END - 1);
    const isDisconnected = random.chance(0.08);
    const numberTo = isDisconnected ? random.int(numberFrom + 1, RECORDS_END) : RECORDS_END;
    const msisdn = sellSim(context, {
      dealer: pickDealer(context, circle, context.pickOperator(circle)),
      kycId,
      activatedOn: numberFrom,
      status: isDisconnected ? 'disconnected' : 'active',
    });
    for (const period of periods) {
      const from = Math.max(period.from, numberFrom);
      const to = Math.min(period.to, numberTo);
      if (from <= to) addUsage(context, msisdn, period.imei, from, to);
    }
    const shops = planting.repairShops;
    const nearby = shops?.byCircle.get(circle);
    if (shops && nearby && numberTo - numberFrom > 120 && random.chance(shops.visitChance)) {
      // The phone is in for repair: a technician tries the SIM in the shop's phone for a day.
      const shop = random.pick(nearby);
      const day = random.int(numberFrom + 60, numberTo - 30);
      addUsage(context, msisdn, shop.imei, day, day);
      shop.numbers++;
    }
    if (random.chance(RATES.mistakenComplaintShare)) {
      const ackNo = fileComplaint(context, [msisdn], random.int(numberFrom, numberTo));
      planting.mistakenComplaints.push({ ackNo, msisdn });
    }
    numbers.push(msisdn);
  }
  return numbers;
}

/** New phones every one and a half to three years, from `from` to `to`. */
function consumerPeriods(context: SeedContext, from: number, to: number): HandsetPeriod[] {
  const periods: HandsetPeriod[] = [];
  let start = from;
  while (start <= to) {
    const end = Math.min(start + context.random.int(500, 1100), to);
    periods.push({ imei: addHandset(context, context.pickConsumerModel()), from: start, to: end });
    start = end + 1;
  }
  return periods;
}

/**
 * One handset, owners in turn, each for months; each owner then moves to a new phone. The first wave's
 * have three to five owners; the adaptive world's resold phones up to eight, each for two to ten months.
 */
function addRefurbishedHandset(
  context: SeedContext,
  planting: Planting,
): PlantedDecoys['refurbishedHandsets'][number] {
  const { random } = context;
  const imei = addHandset(context, context.pickConsumerModel());
  const resold = context.world === 'adaptive';
  const owners = resold ? random.int(...ADAPTIVE_RATES.refurbishedOwners) : random.int(3, 5);
  let from = random.int(RECORDS_START, RECORDS_END - owners * (resold ? 330 : 480));
  for (let owner = 0; owner < owners; owner++) {
    const to = Math.min(from + (resold ? random.int(60, 300) : random.int(150, 420)), RECORDS_END);
    const later = to < RECORDS_END ? consumerPeriods(context, to + 1, RECORDS_END) : [];
    addSubscriber(context, context.pickCircle(), from, 1, [{ imei, from, to }, ...later], planting);
    from = Math.min(to + random.int(5, 60), RECORDS_END);
  }
  return { imei, owners };
}

/** Two to four members of one household whose numbers all live in the family's one phone. */
function addFamilyPhone(context: SeedContext, planting: Planting): PlantedDecoys['familyPhones'][number] {
  const { random } = context;
  const imei = addHandset(context, context.pickConsumerModel());
  const circle = context.pickCircle();
  const surname = random.pick(SURNAMES);
  const members = random.int(2, 4);
  const from = random.int(RECORDS_START, RECORDS_END - 365);
  for (let member = 0; member < members; member++) {
    const activatedOn = from + random.int(0, 60);
    const periods = [{ imei, from: activatedOn, to: RECORDS_END }];
    addSubscriber(context, circle, activatedOn, 1, periods, planting, surname);
  }
  return { imei, members };
}

/** Adaptive world: repair shops' phones, each in a circle, which customers' SIMs will visit for a day. */
function openRepairShops(context: SeedContext, count: number): PlantedRepairShop[] {
  return Array.from({ length: count }, () => ({
    imei: addHandset(context, context.pickConsumerModel()),
    circle: context.pickCircle(),
    numbers: 0,
  }));
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
