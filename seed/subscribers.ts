// Ordinary subscribers, and the innocent look-alikes planted among them: cloned IMEIs shared by unrelated
// phones across India, second-hand handsets with several owners in turn, family phones, and complaints
// that name an honest number by mistake.
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
import { weightedChoice } from './random.ts';
import { RATES, type ScaleSpec } from './scales.ts';
import { CLONE_MODEL, SURNAMES } from './world.ts';

export interface PlantedDecoys {
  clonedImeis: { imei: string; numbers: number; circles: Circle[] }[];
  dealerTestPhones: { imei: string; posId: string; numbers: number }[];
  refurbishedHandsets: { imei: string; owners: number }[];
  familyPhones: { imei: string; members: number }[];
  mistakenComplaints: { ackNo: string; msisdn: string }[];
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
): Promise<Omit<PlantedDecoys, 'dealerTestPhones'>> {
  const { random } = context;
  const decoys: Omit<PlantedDecoys, 'dealerTestPhones'> = {
    clonedImeis: [],
    refurbishedHandsets: [],
    familyPhones: [],
    mistakenComplaints: [],
  };
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
      decoys.refurbishedHandsets.push(addRefurbishedHandset(context, decoys));
    while (isDue(index, decoys.familyPhones.length, spec.familyPhones))
      decoys.familyPhones.push(addFamilyPhone(context, decoys));

    const circle = context.pickCircle();
    const activatedOn = random.int(RECORDS_START, RECORDS_END - 30);
    const periods = consumerPeriods(context, activatedOn, RECORDS_END);
    if (pickClone && random.chance(RATES.clonedHandsetShare)) {
      // The current phone is a counterfeit: its IMEI is the one flashed into the whole batch.
      const clone = pickClone(random);
      periods[periods.length - 1]!.imei = clone.imei;
      clone.circleSet.add(circle);
      const numbers = addSubscriber(context, circle, activatedOn, pickNumberCount(random), periods, decoys);
      clone.numbers += numbers.length;
    } else {
      addSubscriber(context, circle, activatedOn, pickNumberCount(random), periods, decoys);
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
  decoys: Pick<PlantedDecoys, 'mistakenComplaints'>,
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
    if (random.chance(RATES.mistakenComplaintShare)) {
      const ackNo = fileComplaint(context, [msisdn], random.int(numberFrom, numberTo));
      decoys.mistakenComplaints.push({ ackNo, msisdn });
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

/** One handset, three to five owners in turn, each for months; each owner then moves to a new phone. */
function addRefurbishedHandset(
  context: SeedContext,
  decoys: Pick<PlantedDecoys, 'mistakenComplaints'>,
): PlantedDecoys['refurbishedHandsets'][number] {
  const { random } = context;
  const imei = addHandset(context, context.pickConsumerModel());
  const owners = random.int(3, 5);
  let from = random.int(RECORDS_START, RECORDS_END - owners * 480);
  for (let owner = 0; owner < owners; owner++) {
    const to = Math.min(from + random.int(150, 420), RECORDS_END);
    const later = to < RECORDS_END ? consumerPeriods(context, to + 1, RECORDS_END) : [];
    addSubscriber(context, context.pickCircle(), from, 1, [{ imei, from, to }, ...later], decoys);
    from = Math.min(to + random.int(5, 60), RECORDS_END);
  }
  return { imei, owners };
}

/** Two to four members of one household whose numbers all live in the family's one phone. */
function addFamilyPhone(
  context: SeedContext,
  decoys: Pick<PlantedDecoys, 'mistakenComplaints'>,
): PlantedDecoys['familyPhones'][number] {
  const { random } = context;
  const imei = addHandset(context, context.pickConsumerModel());
  const circle = context.pickCircle();
  const surname = random.pick(SURNAMES);
  const members = random.int(2, 4);
  const from = random.int(RECORDS_START, RECORDS_END - 365);
  for (let member = 0; member < members; member++) {
    const activatedOn = from + random.int(0, 60);
    const periods = [{ imei, from: activatedOn, to: RECORDS_END }];
    addSubscriber(context, circle, activatedOn, 1, periods, decoys, surname);
  }
  return { imei, members };
}
