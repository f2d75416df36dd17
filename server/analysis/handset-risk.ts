// A handset's risk score (0-100) and the reasons behind it, from its telecom signals; and the innocent
// look-alikes that must not be blocked: a cloned IMEI (one IMEI flashed into many honest phones), a dealer's
// test phone, a second-hand handset. Pure: the signals come from cypher/app/analysis/handset-signals.

export interface HandsetSignals {
  imei: string;
  /** Distinct numbers seen in the handset. */
  numbers: number;
  /** Numbers that stayed 30 days or less (activation-day-only stays excluded). */
  shortStays: number;
  /** Numbers seen only on their activation day. */
  activationStays: number;
  /** Numbers that stayed 180 days or more. */
  longStays: number;
  /** Service areas the numbers come from. */
  circles: number;
  /** No two numbers' stays overlap: owners followed one another. */
  staysAreSequential: boolean;
  reportedNumbers: number;
  complaints: number;
  amountLost: number;
  identities: number;
  /** Identities holding more than nine numbers (the legal limit). */
  overLimitIdentities: number;
  /** Identities whose photograph is also on an identity with another name. */
  sharedFaceIdentities: number;
  dealers: number;
  /** Numbers sold by the dealer who sold the most of them. */
  topDealerNumbers: number;
  /** Numbers also used in another handset (beyond an activation test). */
  sharedNumbers: number;
}

export type CautionKind = 'cloned_imei' | 'dealer_test_phone' | 'second_hand';

export interface RiskAssessment {
  score: number;
  reasons: string[];
  caution?: { kind: CautionKind; message: string };
}

/** What a look-alike keeps of its score: enough to stay visible, never enough to rank among farms. */
const LOOK_ALIKE_FACTOR = 0.2;

const share = (count: number, saturatesAt: number) => Math.min(1, count / saturatesAt);
const rupees = (amount: number) => `₹${Math.round(amount).toLocaleString('en-IN')}`;

export function assessHandset(signals: HandsetSignals): RiskAssessment {
  const s = signals;
  const parts: { points: number; reason: string }[] = [];
  const add = (weight: number, fraction: number, reason: string) => {
    if (fraction > 0) parts.push({ points: weight * fraction, reason });
  };
  add(35, share(s.shortStays, 40), `${s.shortStays} of its ${s.numbers} numbers stayed 30 days or less`);
  add(
    25,
    share(s.reportedNumbers, 4),
    `${s.reportedNumbers} numbers reported by victims in ${s.complaints} complaints (${rupees(s.amountLost)} lost)`,
  );
  add(
    15,
    share(s.overLimitIdentities, 3),
    `${s.overLimitIdentities} of its identities hold more than nine numbers`,
  );
  add(
    10,
    share(s.sharedFaceIdentities, 3),
    `${s.sharedFaceIdentities} identities share a face with another name`,
  );
  add(15, share(s.sharedNumbers, 10), `${s.sharedNumbers} numbers also used in other handsets`);
  parts.sort((a, b) => b.points - a.points);
  const raw = parts.reduce((sum, part) => sum + part.points, 0);
  const reasons = parts.map((part) => part.reason);

  const caution = lookAlike(s);
  const score = Math.round(caution && caution.kind !== 'second_hand' ? raw * LOOK_ALIKE_FACTOR : raw);
  return caution ? { score, reasons: [caution.message, ...reasons], caution } : { score, reasons };
}

function lookAlike(s: HandsetSignals): RiskAssessment['caution'] {
  if (
    s.activationStays >= 10 &&
    s.activationStays >= 0.8 * s.numbers &&
    s.topDealerNumbers >= 0.9 * s.numbers
  ) {
    return {
      kind: 'dealer_test_phone',
      message: `Looks like a dealer's test phone: ${s.activationStays} numbers, each seen only on its activation day, nearly all from one dealer`,
    };
  }
  if (
    s.longStays >= 10 &&
    s.longStays >= 0.5 * s.numbers &&
    s.circles >= 3 &&
    s.identities >= 0.5 * s.numbers
  ) {
    return {
      kind: 'cloned_imei',
      message: `Looks like a cloned IMEI: ${s.longStays} long-lived numbers of ${s.identities} unrelated identities in ${s.circles} circles; blocking it would cut off innocent people`,
    };
  }
  if (s.numbers <= 6 && s.staysAreSequential && s.longStays >= s.numbers - 1) {
    return {
      kind: 'second_hand',
      message: `Looks like a second-hand handset: ${s.numbers} owners one after another, each for months`,
    };
  }
  return undefined;
}
