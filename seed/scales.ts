// How big each world is. `national` is the case itself: 28,200 farm handsets and 2,000,000 farm numbers
// (about 71 a handset) among ordinary subscribers, a few thousand dealers and tens of thousands of complaints.

export interface ScaleSpec {
  dealers: number;
  farmHandsets: number;
  farmNumbers: number;
  /** Ordinary subscribers (one identity, 1 to 3 numbers, 1 to 3 handsets over the years). */
  subscribers: number;
  /** Counterfeit IMEIs, each flashed into many unrelated honest phones. */
  clonedImeis: number;
  /** Second-hand handsets passed through several owners, one after another. */
  refurbishedHandsets: number;
  /** Households sharing one phone among several members' numbers. */
  familyPhones: number;
  /** Adaptive world only: repair-shop phones that customers' SIMs spend a day in. */
  repairShops: number;
  /** Adaptive world only: distributors' phones in which new numbers of several dealers are activated. */
  activationDesks: number;
}

export const SCALES = {
  small: {
    dealers: 150,
    farmHandsets: 200,
    farmNumbers: 14_200,
    subscribers: 3_000,
    clonedImeis: 3,
    refurbishedHandsets: 12,
    familyPhones: 20,
    repairShops: 4,
    activationDesks: 3,
  },
  medium: {
    dealers: 800,
    farmHandsets: 1_000,
    farmNumbers: 71_000,
    subscribers: 20_000,
    clonedImeis: 12,
    refurbishedHandsets: 80,
    familyPhones: 150,
    repairShops: 20,
    activationDesks: 12,
  },
  national: {
    dealers: 4_000,
    farmHandsets: 28_200,
    farmNumbers: 2_000_000,
    subscribers: 500_000,
    clonedImeis: 150,
    refurbishedHandsets: 1_500,
    familyPhones: 3_000,
    repairShops: 300,
    activationDesks: 150,
  },
} satisfies Record<string, ScaleSpec>;

export type ScaleName = keyof typeof SCALES;
export const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];

/**
 * A scale's world inside a country `background` times larger: as many more ordinary subscribers (and with
 * them their numbers, phones and mistaken complaints), the same dealers and the same fraud. Dealers and
 * farms are drawn before the subscribers, so the planted farms and rogue dealers stay draw for draw.
 */
export function specOf(scale: ScaleName, background = 1): ScaleSpec {
  const spec: ScaleSpec = SCALES[scale];
  return { ...spec, subscribers: spec.subscribers * background };
}

/** Behaviour shared by all scales: shares and rates, in one place so the story is easy to read. */
export const RATES = {
  /** Dealers of a circle who sell SIMs to farms (the rest are honest). */
  rogueDealerShare: 0.08,
  /** Honest dealers who put every new number into a test phone at activation. */
  testPhoneDealerShare: 0.1,
  /** A farm's numbers that come from its rogue dealers; the rest are bought from honest shops. */
  farmNumbersFromRogueDealers: 0.85,
  /** A farm's numbers that move to a second handset of the same farm. */
  swappedNumberShare: 0.12,
  /** A farm's numbers that some victim reports. */
  reportedFarmNumberShare: 0.04,
  /** Ordinary subscribers whose handset carries a cloned IMEI. */
  clonedHandsetShare: 0.03,
  /** Ordinary numbers named in a complaint by mistake (a mistyped digit, a wrong suspicion). */
  mistakenComplaintShare: 0.003,
} as const;

/**
 * The adaptive world: fraud after a first wave of blocking (`seed --adaptive`). Each ring draws a pace and
 * independently hides in other ways; the look-alikes of the first wave stay, and new ones join them.
 */
export const ADAPTIVE_RATES = {
  /** Paces: first-wave churn, low-and-slow (about a dozen numbers a handset a year), or young. */
  paces: [['fast', 25], ['slow', 55], ['young', 20]] as const,
  /** Rings none of whose numbers any victim has reported yet. */
  unreportedRingShare: 0.4,
  /** Rings whose rogue dealers supply only half the numbers, the rest bought from many honest shops. */
  hidingDealersRingShare: 0.5,
  farmNumbersFromHidingDealers: 0.5,
  /** Numbers a slow farm's handset uses over its year. */
  slowNumbersPerHandset: [8, 16] as const,
  /** Days a young farm has been at work when the records end. */
  youngFarmAgeDays: [21, 56] as const,
  /** Customers' SIMs that visit a repair shop of their circle, per repair shop and ordinary number. */
  repairVisitsPerShop: 50,
  /** Dealers an activation desk serves, and the share of their new numbers activated in it. */
  deskDealers: [3, 8] as const,
  deskActivationShare: 0.7,
  /** Resold phones change hands more often and more quickly than the first wave's second-hand ones. */
  refurbishedOwners: [3, 8] as const,
} as const; // prettier-ignore
