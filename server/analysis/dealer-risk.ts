// A dealer's risk score (0-100) and its reasons: a rogue point of sale sells most of its numbers into
// farms, while an honest shop in the same circle sells a few to farms among many ordinary sales.

export interface DealerSignals {
  posId: string;
  sold: number;
  /** Numbers later used in suspect handsets (look-alikes excluded). */
  suspectNumbers: number;
  reportedNumbers: number;
  /** Numbers registered to identities holding more than nine. */
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
  add(
    50,
    s.sold > 0 ? s.suspectNumbers / s.sold : 0,
    `${percent(s.suspectNumbers, s.sold)} of the ${s.sold} numbers it sold went into suspect handsets`,
  );
  add(20, share(s.suspectNumbers, 200), `${s.suspectNumbers} numbers in suspect handsets`);
  add(15, share(s.reportedNumbers, 10), `${s.reportedNumbers} of its numbers reported by victims`);
  add(
    15,
    share(s.overLimitNumbers, 50),
    `${s.overLimitNumbers} numbers sold to identities holding more than nine`,
  );
  parts.sort((a, b) => b.points - a.points);
  return {
    score: Math.round(parts.reduce((sum, part) => sum + part.points, 0)),
    reasons: parts.map((part) => part.reason),
  };
}
