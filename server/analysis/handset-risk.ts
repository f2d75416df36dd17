// A handset's risk score (0-100) and the reasons behind it, from its telecom signals; and the innocent
// look-alikes that must not be blocked, each with a caution saying why. Pure: the signals come from
// cypher/app/analysis/handset-signals.
//
// The score rests on what holds however a farm paces itself: a farm's numbers exist only for the farm
// (bought on identities that hold several numbers, used for weeks or months, then dropped), while every
// look-alike's numbers live on in their owners' own phones. Victims' reports, identities over the legal
// limit and shared faces add weight when they are there, but a farm nobody has reported yet, that keeps
// its identities under the limit, still scores.

export interface HandsetSignals {
  imei: string;
  /** Distinct numbers seen in the handset. */
  numbers: number;
  /**
   * Numbers used here (beyond an activation test) whose whole life, from activation to the last day seen
   * anywhere, was four months or less, and that were dropped: never seen again while this handset went
   * on with other numbers.
   */
  throwawayNumbers: number;
  /** Dropped numbers that were also used in another handset: SIMs passed between a farm's phones. */
  passedNumbers: number;
  /** Numbers seen only on their activation day. */
  activationStays: number;
  /** Numbers (not dropped) that spent two months or more in another handset: their owner's own phone. */
  livesElsewhere: number;
  /** Stays of a day or two, a month or more after activation, by numbers that live in their own phone. */
  briefVisits: number;
  /** Numbers that stayed 180 days or more. */
  longStays: number;
  /** Numbers that stayed 45 days or more. */
  monthsStays: number;
  /** Service areas the numbers come from. */
  circles: number;
  /** No two numbers' stays overlap: owners followed one another. */
  staysAreSequential: boolean;
  reportedNumbers: number;
  complaints: number;
  amountLost: number;
  identities: number;
  /** Identities over the legal limit: more than nine numbers, or six in J&K, Assam and the North East. */
  overLimitIdentities: number;
  /** Identities behind the dropped numbers that hold three numbers or more. */
  heavyIdentities: number;
  /**
   * Other handsets in which the identities behind its dropped numbers used other short-lived numbers: the
   * farm's other phones, which share their buyers.
   */
  sisterHandsets: number;
  /** Identities whose photograph is also on an identity with another name. */
  sharedFaceIdentities: number;
  dealers: number;
  /** Numbers sold by the dealer who sold the most of them. */
  topDealerNumbers: number;
}

export type CautionKind =
  'cloned_imei' | 'dealer_test_phone' | 'activation_desk' | 'repair_shop' | 'second_hand';

export interface RiskAssessment {
  score: number;
  reasons: string[];
  caution?: { kind: CautionKind; message: string };
}

/** What a look-alike keeps of its score: enough to stay visible, never enough to rank among farms. */
const LOOK_ALIKE_FACTOR = 0.2;
/** A handset most of whose numbers were dropped is never given a caution: that is what a farm does. */
const MAX_THROWAWAY_SHARE_OF_LOOK_ALIKE = 0.2;

const share = (count: number, saturatesAt: number) => Math.min(1, count / saturatesAt);
const rupees = (amount: number) => `₹${Math.round(amount).toLocaleString('en-IN')}`;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function assessHandset(signals: HandsetSignals): RiskAssessment {
  const s = signals;
  const parts: { points: number; reason: string }[] = [];
  const add = (weight: number, fraction: number, reason: string) => {
    if (fraction > 0) parts.push({ points: weight * fraction, reason });
  };
  // A handset with a few dropped numbers among many that live on is not a farm's: the share counts too.
  add(
    45,
    share(s.throwawayNumbers, 10) * share(s.throwawayNumbers, 0.8 * s.numbers),
    `${s.throwawayNumbers} of its ${s.numbers} numbers were used here for a short time and dropped, ` +
      'never seen again: each lived four months or less, with no phone of its own',
  );
  add(
    20,
    share(s.reportedNumbers, 4),
    `${plural(s.reportedNumbers, 'number', 'numbers')} reported by victims in ` +
      `${plural(s.complaints, 'complaint', 'complaints')} (${rupees(s.amountLost)} lost)`,
  );
  add(
    15,
    share(s.heavyIdentities, 3),
    `${plural(s.heavyIdentities, 'identity', 'identities')} behind its dropped numbers ` +
      `${s.heavyIdentities === 1 ? 'holds' : 'each hold'} three numbers or more`,
  );
  add(
    15,
    share(s.sisterHandsets, 3),
    `the identities behind its dropped numbers also bought short-lived numbers used in ` +
      `${plural(s.sisterHandsets, 'other handset', 'other handsets')}: phones of one farm share their buyers`,
  );
  add(
    10,
    share(s.overLimitIdentities, 2),
    `${plural(s.overLimitIdentities, 'identity holds', 'identities hold')} more numbers than the law allows ` +
      '(nine, or six in J&K, Assam and the North East)',
  );
  add(
    10,
    share(s.passedNumbers, 5),
    `${plural(s.passedNumbers, 'dropped number was', 'dropped numbers were')} also used in other handsets`,
  );
  add(
    5,
    share(s.sharedFaceIdentities, 3),
    `${plural(s.sharedFaceIdentities, 'identity shares', 'identities share')} a face with another name`,
  );
  parts.sort((a, b) => b.points - a.points);
  const raw = Math.min(
    100,
    parts.reduce((sum, part) => sum + part.points, 0),
  );
  const reasons = parts.map((part) => part.reason);

  const caution = lookAlike(s);
  const score = Math.round(caution ? raw * LOOK_ALIKE_FACTOR : raw);
  return caution ? { score, reasons: [caution.message, ...reasons], caution } : { score, reasons };
}

/** The look-alike a handset resembles, if any; never for a handset most of whose numbers were dropped. */
function lookAlike(s: HandsetSignals): RiskAssessment['caution'] {
  if (s.throwawayNumbers > MAX_THROWAWAY_SHARE_OF_LOOK_ALIKE * s.numbers) return undefined;
  const mostly = (count: number, fraction: number) => count >= 5 && count >= fraction * s.numbers;
  if (mostly(s.activationStays, 0.6) && s.topDealerNumbers >= 0.9 * s.numbers) {
    return {
      kind: 'dealer_test_phone',
      message: `Looks like a dealer's test phone: ${s.activationStays} numbers, each seen only on its activation day, nearly all from one dealer`,
    };
  }
  if (mostly(s.activationStays, 0.6) && s.dealers >= 3) {
    return {
      kind: 'activation_desk',
      message: `Looks like an activation desk: ${s.activationStays} new numbers of ${s.dealers} dealers, each here only on its activation day, then used in its owner's own phone; blocking it would stop honest sales`,
    };
  }
  if (mostly(s.briefVisits, 0.6)) {
    return {
      kind: 'repair_shop',
      message: `Looks like a repair shop's phone: ${s.briefVisits} customers' numbers, each here for a day or two long after activation, each living on in its owner's own phone`,
    };
  }
  if (mostly(s.longStays, 0.5) && s.circles >= 3 && s.identities >= 0.5 * s.numbers) {
    return {
      kind: 'cloned_imei',
      message: `Looks like a cloned IMEI: ${s.longStays} long-lived numbers of ${s.identities} unrelated identities in ${s.circles} circles; blocking it would cut off innocent people`,
    };
  }
  if (s.numbers <= 12 && s.staysAreSequential && s.monthsStays >= s.numbers - 1) {
    return {
      kind: 'second_hand',
      message: `Looks like a second-hand handset: ${s.numbers} owners one after another, each for months`,
    };
  }
  return undefined;
}
