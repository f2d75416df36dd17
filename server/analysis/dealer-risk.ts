// A dealer's risk score (0-100) and its reasons, judged by what the numbers it sold did: a rogue point of
// sale sells many numbers into farms, often much of one farm handset's supply, while an honest shop in
// the same circle sells a farm a number now and then among many ordinary sales.

export interface DealerSignals {
  posId: string;
  sold: number;
  /** Numbers later used in suspect handsets (look-alikes excluded). */
  suspectNumbers: number;
  /** Suspect handsets its numbers went into. */
  suspectHandsets: number;
  /** The most numbers it sold into any one suspect handset, and that handset. */
  busiestSuspectHandset: number;
  busiestSuspectHandsetImei: string | null;
  /** Suspect numbers sold to identities that bought two or more of them from this dealer. */
  repeatBuyerNumbers: number;
  reportedNumbers: number;
  /** Numbers registered to identities over the legal limit (nine, or six in J&K, Assam and the North East). */
  overLimitNumbers: number;
}

export interface DealerAssessment {
  score: number;
  reasons: string[];
}

const share = (count: number, saturatesAt: number) => Math.min(1, count / saturatesAt);
const percent = (part: number, whole: number) => `${Math.round((100 * part) / Math.max(whole, 1))}%`;

export function assessDealer(s: DealerSignals): DealerAssessment {
  const parts: { points: number; reason: string }[] = [];
  const add = (weight: number, fraction: number, reason: string) => {
    if (fraction > 0) parts.push({ points: weight * fraction, reason });
  };
  // An honest shop sells a farm's buyer one number now and then; selling the same identity number after
  // number that ends in farm handsets is the counter's own doing, and the dealer's strongest sign.
  add(
    60,
    (s.suspectNumbers > 0 ? s.repeatBuyerNumbers / s.suspectNumbers : 0) * share(s.repeatBuyerNumbers, 10),
    `${s.repeatBuyerNumbers} of its ${s.suspectNumbers} numbers in suspect handsets were sold to identities that bought two or more of them here`,
  );
  // Share and volume alone can come from a small circle where farms buy a lot: they weigh less.
  add(
    25,
    s.sold > 0 ? s.suspectNumbers / s.sold : 0,
    `${percent(s.suspectNumbers, s.sold)} of the ${s.sold} numbers it sold went into suspect handsets`,
  );
  const perHandset = s.suspectHandsets > 0 ? s.suspectNumbers / s.suspectHandsets : 0;
  add(
    5,
    share(s.suspectNumbers, 100),
    `${s.suspectNumbers} numbers in ${s.suspectHandsets} suspect handsets, ${perHandset.toFixed(1)} a handset; ` +
      `the most, ${s.busiestSuspectHandset}, in ${s.busiestSuspectHandsetImei}`,
  );
  add(5, share(s.reportedNumbers, 10), `${s.reportedNumbers} of its numbers reported by victims`);
  add(
    5,
    share(s.overLimitNumbers, 20),
    `${s.overLimitNumbers} numbers sold to identities over the legal limit`,
  );
  parts.sort((a, b) => b.points - a.points);
  return {
    score: Math.round(parts.reduce((sum, part) => sum + part.points, 0)),
    reasons: parts.map((part) => part.reason),
  };
}
