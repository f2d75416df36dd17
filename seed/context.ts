// What every part of the generator shares: the random source, the identifier allocators, the dealers,
// the output files, and the small steps (a new identity, a SIM sold by a dealer) that all parts take.
import type { Circle, Operator } from '../server/ingest/identifiers.ts';
import {
  createImeiAllocator,
  createMsisdnAllocator,
  createTokenAllocator,
  dayOf,
  formatDay,
} from './identifiers.ts';
import type { SeedOutput } from './output.ts';
import { createRandom, weightedChoice, type Random } from './random.ts';
import { ADAPTIVE_RATES } from './scales.ts';
import {
  CIRCLE_WEIGHTS,
  CONSUMER_MODELS,
  FARM_CIRCLE_WEIGHTS,
  FARM_MODELS,
  FIRST_NAMES,
  SURNAMES,
  operatorWeights,
  type HandsetModel,
} from './world.ts';

/** The window the operators' records cover. */
export const RECORDS_START = dayOf('2019-01-01');
export const RECORDS_END = dayOf('2026-06-30');

export interface Dealer {
  posId: string;
  operator: Operator;
  circle: Circle;
  registeredOn: number;
  isRogue: boolean;
  /** SIMs sold so far. */
  sold: number;
  /** The handset every number this dealer activates spends its first minutes in. */
  testPhoneImei?: string;
  /** A distributor's phone of the circle in which most of this dealer's new numbers are activated. */
  activationDesk?: { imei: string; numbers: number };
}

/** The first wave of fraud, as found; or fraud after blocking, which hides (`seed --adaptive`). */
export type WorldKind = 'first-wave' | 'adaptive';

export interface SeedContext {
  world: WorldKind;
  random: Random;
  output: SeedOutput;
  nextMsisdn: () => string;
  nextImei: (tac: string) => string;
  nextKycId: () => string;
  nextPhotoHash: () => string;
  nextVictimId: () => string;
  nextComplaintSerial: () => number;
  pickCircle: () => Circle;
  pickFarmCircle: () => Circle;
  pickOperator: (circle: Circle) => Operator;
  pickConsumerModel: () => HandsetModel;
  pickFarmModel: () => HandsetModel;
  dealers: Dealer[];
  dealersByCircle: Map<Circle, Dealer[]>;
  dealersByOperatorAndCircle: Map<string, Dealer[]>;
}

export function createSeedContext(
  seed: number,
  output: SeedOutput,
  world: WorldKind = 'first-wave',
): SeedContext {
  const random = createRandom(seed);
  const operatorPickers = new Map<Circle, (random: Random) => Operator>();
  const pickCircle = weightedChoice(CIRCLE_WEIGHTS);
  const pickFarmCircle = weightedChoice(FARM_CIRCLE_WEIGHTS);
  const pickConsumerModel = weightedChoice(CONSUMER_MODELS);
  const pickFarmModel = weightedChoice(FARM_MODELS);
  return {
    world,
    random,
    output,
    nextMsisdn: createMsisdnAllocator(seed),
    nextImei: createImeiAllocator(),
    nextKycId: createTokenAllocator('K', seed),
    nextPhotoHash: createTokenAllocator('P', seed),
    nextVictimId: createTokenAllocator('V', seed),
    nextComplaintSerial: (() => {
      let serial = 0;
      return () => ++serial;
    })(),
    pickCircle: () => pickCircle(random),
    pickFarmCircle: () => pickFarmCircle(random),
    pickOperator: (circle) => {
      let pick = operatorPickers.get(circle);
      if (!pick) operatorPickers.set(circle, (pick = weightedChoice(operatorWeights(circle))));
      return pick(random);
    },
    pickConsumerModel: () => pickConsumerModel(random),
    pickFarmModel: () => pickFarmModel(random),
    dealers: [],
    dealersByCircle: new Map(),
    dealersByOperatorAndCircle: new Map(),
  };
}

export const personName = (random: Random, surname = random.pick(SURNAMES)) =>
  `${random.pick(FIRST_NAMES)} ${surname}`;

/** Writes a new identity and returns its KYC id. */
export function addIdentity(
  context: SeedContext,
  identity: { name: string; docType: string; photoHash: string },
): string {
  const kycId = context.nextKycId();
  context.output.write('identities.csv', {
    kyc_id: kycId,
    doc_type: identity.docType,
    name: identity.name,
    photo_hash: identity.photoHash,
  });
  return kycId;
}

/** Writes a new handset of a model and returns its IMEI. */
export function addHandset(context: SeedContext, model: HandsetModel): string {
  const imei = context.nextImei(model.tac);
  context.output.write('handsets.csv', { imei, brand: model.brand, model: model.model });
  return imei;
}

/**
 * A dealer sells a new number: the SIM row and, when the dealer keeps a test phone, the minutes the number
 * spends in it on activation day. Returns the number.
 */
export function sellSim(
  context: SeedContext,
  sale: { dealer: Dealer; kycId: string; activatedOn: number; status?: string },
): string {
  const msisdn = context.nextMsisdn();
  sale.dealer.sold++;
  const activatedOn = formatDay(sale.activatedOn);
  context.output.write('sims.csv', {
    msisdn,
    operator: sale.dealer.operator,
    circle: sale.dealer.circle,
    activated_on: activatedOn,
    pos_id: sale.dealer.posId,
    kyc_id: sale.kycId,
    status: sale.status ?? 'active',
  });
  const desk = sale.dealer.activationDesk;
  const activationPhone =
    sale.dealer.testPhoneImei ??
    (desk && context.random.chance(ADAPTIVE_RATES.deskActivationShare) && desk.numbers++ >= 0
      ? desk.imei
      : undefined);
  if (activationPhone) {
    context.output.write('usage.csv', {
      msisdn,
      imei: activationPhone,
      first_seen: activatedOn,
      last_seen: activatedOn,
    });
  }
  return msisdn;
}

export function addUsage(context: SeedContext, msisdn: string, imei: string, from: number, to: number): void {
  context.output.write('usage.csv', {
    msisdn,
    imei,
    first_seen: formatDay(from),
    last_seen: formatDay(to),
  });
}

/** A dealer of this operator in this circle, or of any operator there when that operator has none. */
export function pickDealer(context: SeedContext, circle: Circle, operator: Operator): Dealer {
  const shops =
    context.dealersByOperatorAndCircle.get(`${operator}:${circle}`) ?? context.dealersByCircle.get(circle)!;
  return context.random.pick(shops);
}
