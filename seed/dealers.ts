// Points of sale in every circle and for every operator. A few per circle are rogue (they will sell to
// farms, and also to ordinary people, to look normal); some honest ones keep an activation test phone.
import { CIRCLES } from '../server/ingest/identifiers.ts';
import { addHandset, type Dealer, type SeedContext } from './context.ts';
import { dayOf, formatDay } from './identifiers.ts';
import { ADAPTIVE_RATES, RATES } from './scales.ts';
import { SHOP_KINDS, SHOP_WORDS } from './world.ts';

const REGISTERED_FROM = dayOf('2012-01-01');
const REGISTERED_TO = dayOf('2023-12-31');
/** Enough shops per circle that each has some honest ones besides any rogue one. */
const MIN_DEALERS_PER_CIRCLE = 4;

export function generateDealers(context: SeedContext, count: number): void {
  const { random } = context;
  for (let index = 0; index < count; index++) {
    // The first dealers go round the circles so that every circle has shops; the rest follow population.
    const circle =
      index < CIRCLES.length * MIN_DEALERS_PER_CIRCLE
        ? CIRCLES[index % CIRCLES.length]!
        : context.pickCircle();
    const operator = context.pickOperator(circle);
    const dealer: Dealer = {
      posId: `${operator}-${circle}-${String(index + 1).padStart(5, '0')}`,
      operator,
      circle,
      registeredOn: random.int(REGISTERED_FROM, REGISTERED_TO),
      isRogue: random.chance(RATES.rogueDealerShare),
      sold: 0,
    };
    if (!dealer.isRogue && random.chance(RATES.testPhoneDealerShare)) {
      // A shop's own everyday phone, used to test each new SIM before handing it over.
      dealer.testPhoneImei = addHandset(context, context.pickConsumerModel());
    }
    context.output.write('dealers.csv', {
      pos_id: dealer.posId,
      name: `${random.pick(SHOP_WORDS)} ${random.pick(SHOP_KINDS)}`,
      operator,
      circle,
      registered_on: formatDay(dealer.registeredOn),
    });
    context.dealers.push(dealer);
    push(context.dealersByCircle, circle, dealer);
    push(context.dealersByOperatorAndCircle, `${operator}:${circle}`, dealer);
  }
}

export interface PlantedDesk {
  imei: string;
  circle: Dealer['circle'];
  dealers: string[];
  numbers: number;
}

/**
 * Adaptive world: distributors' phones, each serving a few honest shops of one circle, in which most of
 * those shops' new numbers spend their activation day. Returns the desks; their counts fill as SIMs sell.
 */
export function openActivationDesks(context: SeedContext, count: number): PlantedDesk[] {
  const { random } = context;
  const desks: PlantedDesk[] = [];
  for (let index = 0; index < count; index++) {
    const circle = context.pickCircle();
    const free = context.dealersByCircle
      .get(circle)!
      .filter((dealer) => !dealer.isRogue && !dealer.testPhoneImei && !dealer.activationDesk);
    const wanted = Math.min(random.int(...ADAPTIVE_RATES.deskDealers), free.length);
    if (wanted < 2) continue; // a desk serves several shops, or it is a test phone
    const imei = addHandset(context, context.pickConsumerModel());
    const served = new Set<Dealer>();
    while (served.size < wanted) served.add(random.pick(free));
    // The shops share the desk record, whose count of numbers grows as they sell (sellSim).
    const desk: PlantedDesk = { imei, circle, dealers: [...served].map((d) => d.posId).sort(), numbers: 0 };
    for (const dealer of served) dealer.activationDesk = desk;
    desks.push(desk);
  }
  return desks;
}

/** The rogue dealers of a circle; when the circle has none, an honest one without a test phone turns. */
export function rogueDealersOf(context: SeedContext, circle: Dealer['circle']): Dealer[] {
  const shops = context.dealersByCircle.get(circle)!;
  const rogues = shops.filter((dealer) => dealer.isRogue);
  if (rogues.length > 0) return rogues;
  const turned = shops.find((dealer) => !dealer.testPhoneImei) ?? shops[0]!;
  turned.isRogue = true;
  turned.testPhoneImei = undefined;
  return [turned];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
