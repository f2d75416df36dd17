import { describe, expect, it } from 'vitest';
import { SUSPECT_HANDSET_SCORE } from '../../server/analysis/analysis-steps.ts';
import { assessHandset, type HandsetSignals } from '../../server/analysis/handset-risk.ts';
import { LISTED_HANDSET_SCORE } from '../../server/analysis/suspects.ts';

/** An ordinary phone: two numbers of their owner's, for years. */
const quiet: HandsetSignals = {
  imei: '490154203237518',
  numbers: 2,
  throwawayNumbers: 0,
  passedNumbers: 0,
  activationStays: 0,
  livesElsewhere: 0,
  briefVisits: 0,
  longStays: 2,
  monthsStays: 2,
  circles: 1,
  staysAreSequential: false,
  reportedNumbers: 0,
  complaints: 0,
  amountLost: 0,
  identities: 2,
  overLimitIdentities: 0,
  heavyIdentities: 0,
  sisterHandsets: 0,
  sharedFaceIdentities: 0,
  dealers: 2,
  topDealerNumbers: 1,
};

// The adaptive farms, each hiding in its own way: none is reported, none over the limit, no shared face.
const farms: Record<string, HandsetSignals> = {
  'a low-and-slow farm handset (a dozen numbers in a year, one to three months each)': {
    ...quiet,
    numbers: 12,
    throwawayNumbers: 10,
    longStays: 0,
    monthsStays: 4,
    identities: 3,
    heavyIdentities: 3,
    sisterHandsets: 2,
    dealers: 7,
    topDealerNumbers: 4,
  },
  'a young farm handset (its first weeks: a few numbers so far)': {
    ...quiet,
    numbers: 6,
    throwawayNumbers: 4,
    longStays: 0,
    monthsStays: 0,
    identities: 2,
    heavyIdentities: 1,
    sisterHandsets: 2,
    passedNumbers: 1,
  },
  'a farm handset whose dealers hide (numbers bought from many honest shops)': {
    ...quiet,
    numbers: 9,
    throwawayNumbers: 7,
    longStays: 0,
    monthsStays: 3,
    identities: 4,
    heavyIdentities: 2,
    sisterHandsets: 1,
    dealers: 8,
    topDealerNumbers: 2,
  },
};

// The look-alikes, as suspicious as they come: busy, and with numbers that victims reported by mistake.
const lookAlikes: Record<string, { signals: HandsetSignals; caution: string; message: RegExp }> = {
  'a cloned IMEI': {
    signals: {
      ...quiet,
      numbers: 400,
      longStays: 380,
      monthsStays: 390,
      livesElsewhere: 100,
      throwawayNumbers: 5,
      circles: 18,
      identities: 390,
      reportedNumbers: 2,
      complaints: 2,
      dealers: 300,
    },
    caution: 'cloned_imei',
    message: /^Looks like a cloned IMEI: 380 long-lived numbers of 390 unrelated identities in 18 circles/,
  },
  "a dealer's test phone": {
    signals: {
      ...quiet,
      numbers: 300,
      activationStays: 300,
      livesElsewhere: 280,
      longStays: 0,
      monthsStays: 0,
      identities: 295,
      reportedNumbers: 9,
      complaints: 9,
      dealers: 1,
      topDealerNumbers: 300,
    },
    caution: 'dealer_test_phone',
    message: /^Looks like a dealer's test phone/,
  },
  "a distributor's activation desk": {
    signals: {
      ...quiet,
      numbers: 250,
      activationStays: 250,
      livesElsewhere: 230,
      longStays: 0,
      monthsStays: 0,
      identities: 240,
      reportedNumbers: 5,
      complaints: 5,
      dealers: 6,
      topDealerNumbers: 60,
    },
    caution: 'activation_desk',
    message: /^Looks like an activation desk: 250 new numbers of 6 dealers/,
  },
  "a repair shop's phone": {
    signals: {
      ...quiet,
      numbers: 90,
      briefVisits: 88,
      livesElsewhere: 90,
      longStays: 0,
      monthsStays: 0,
      identities: 88,
      reportedNumbers: 1,
      complaints: 1,
      dealers: 45,
      topDealerNumbers: 7,
    },
    caution: 'repair_shop',
    message: /^Looks like a repair shop's phone: 88 customers' numbers/,
  },
  'a phone resold to eight owners in turn': {
    signals: {
      ...quiet,
      numbers: 8,
      longStays: 4,
      monthsStays: 8,
      livesElsewhere: 8,
      staysAreSequential: true,
      circles: 5,
      identities: 8,
      reportedNumbers: 1,
      complaints: 1,
      dealers: 8,
    },
    caution: 'second_hand',
    message: /^Looks like a second-hand handset: 8 owners one after another/,
  },
};

describe('assessHandset', () => {
  it('scores a first-wave farm handset high, with the strongest reason first', () => {
    const farm = assessHandset({
      ...quiet,
      numbers: 71,
      throwawayNumbers: 69,
      passedNumbers: 9,
      longStays: 0,
      monthsStays: 0,
      reportedNumbers: 3,
      complaints: 3,
      amountLost: 45_000,
      identities: 6,
      overLimitIdentities: 4,
      heavyIdentities: 6,
      sisterHandsets: 5,
      sharedFaceIdentities: 2,
    });
    expect(farm.score).toBeGreaterThanOrEqual(90);
    expect(farm.caution).toBeUndefined();
    expect(farm.reasons[0]).toMatch(/^69 of its 71 numbers were used here for a short time and dropped/);
    expect(farm.reasons).toContain('3 numbers reported by victims in 3 complaints (₹45,000 lost)');
  });

  it('gives an ordinary phone no score and no reasons', () => {
    expect(assessHandset(quiet)).toEqual({ score: 0, reasons: [] });
  });

  it.each(Object.entries(lookAlikes))('cautions %s, its caution first among the reasons', (_, look) => {
    const assessed = assessHandset(look.signals);
    expect(assessed.caution?.kind).toBe(look.caution);
    expect(assessed.reasons[0]).toMatch(look.message);
    expect(assessed.score).toBeLessThan(10);
  });

  it.each(Object.entries(farms))('scores %s above every look-alike, without a caution', (_, signals) => {
    const farm = assessHandset(signals);
    expect(farm.caution).toBeUndefined();
    const highestLookAlike = Math.max(
      ...Object.values(lookAlikes).map((look) => assessHandset(look.signals).score),
    );
    expect(farm.score).toBeGreaterThan(highestLookAlike);
    expect(farm.score).toBeGreaterThanOrEqual(LISTED_HANDSET_SCORE);
  });

  it('makes a slow farm handset and a hiding one suspects, and a young one a listed lead', () => {
    const [slow, young, hiding] = Object.values(farms).map((signals) => assessHandset(signals).score);
    expect(slow).toBeGreaterThanOrEqual(SUSPECT_HANDSET_SCORE);
    expect(hiding).toBeGreaterThanOrEqual(SUSPECT_HANDSET_SCORE);
    expect(young).toBeGreaterThanOrEqual(LISTED_HANDSET_SCORE);
  });

  it('never cautions a handset most of whose numbers were dropped, whatever else it looks like', () => {
    // A farm that also activates its SIMs in one of its phones looks like a test phone on that count.
    const farmThatActivates = assessHandset({
      ...lookAlikes["a dealer's test phone"]!.signals,
      throwawayNumbers: 200,
    });
    expect(farmThatActivates.caution).toBeUndefined();
    expect(farmThatActivates.score).toBeGreaterThanOrEqual(40);
  });

  it('names both legal limits when identities hold too many numbers', () => {
    const overLimit = assessHandset({ ...farms[Object.keys(farms)[0]!]!, overLimitIdentities: 2 });
    expect(overLimit.reasons).toContain(
      '2 identities hold more numbers than the law allows (nine, or six in J&K, Assam and the North East)',
    );
  });
});
