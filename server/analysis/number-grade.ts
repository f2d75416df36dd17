// A number's risk grade (medium, high, very high: the scale of the telecom department's Financial Fraud
// Risk Indicator, which banks act on) and the reasons for it, from what the graph says about the number:
// the suspect handsets it was used in, the complaints that report it, and the other numbers of its
// identity found in suspect handsets. Pure: the signals come from cypher/app/analysis/number-grade-signals.
// Reasons never name a person: a scoped user may see the number of an identity masked to them.

export const NUMBER_GRADES = ['very_high', 'high', 'medium'] as const;
/** Most severe first. */
export type NumberGrade = (typeof NUMBER_GRADES)[number];

/** Stored with each grade's signals: a change of the rules below changes it, and every number is regraded. */
export const GRADE_RULES_VERSION = 'rules 1';
/** A suspect handset scoring this much makes each of its numbers very high risk on its own. */
export const VERY_HIGH_HANDSET_SCORE = 70;
/** Suspect handsets named in a number's reasons; the rest are counted. */
const NAMED_HANDSETS = 3;

export interface NumberSignals {
  msisdn: string;
  /** The suspect handsets (scored, no look-alike caution) the number was used in. */
  suspectHandsets: { imei: string; score: number }[];
  /** Complaints that report the number. */
  complaints: number;
  /** Other numbers of its identity used in suspect handsets. */
  identitySuspectNumbers: number;
}

export interface NumberGradeAssessment {
  grade: NumberGrade;
  reasons: string[];
}

const plural = (count: number, noun: string, nouns = `${noun}s`) => `${count} ${count === 1 ? noun : nouns}`;

/** The number's grade and its reasons, or null when nothing marks it. */
export function gradeNumber(signals: NumberSignals): NumberGradeAssessment | null {
  const handsets = [...signals.suspectHandsets].sort(
    (a, b) => b.score - a.score || a.imei.localeCompare(b.imei),
  );
  const inSuspectHandset = handsets.length > 0;
  const reported = signals.complaints > 0;
  const identityInFarm = signals.identitySuspectNumbers > 0;

  let grade: NumberGrade;
  if (inSuspectHandset && (handsets[0]!.score >= VERY_HIGH_HANDSET_SCORE || reported)) grade = 'very_high';
  else if (inSuspectHandset || (reported && identityInFarm)) grade = 'high';
  else if (identityInFarm) grade = 'medium';
  else return null;

  const reasons = handsets
    .slice(0, NAMED_HANDSETS)
    .map((handset) => `Used in handset ${handset.imei}, risk ${Math.round(handset.score)} of 100`);
  if (handsets.length > NAMED_HANDSETS)
    reasons.push(`Used in ${plural(handsets.length - NAMED_HANDSETS, 'more suspect handset')}`);
  if (reported)
    reasons.push(
      signals.complaints === 1
        ? 'Reported by a victim in 1 complaint'
        : `Reported by victims in ${signals.complaints} complaints`,
    );
  if (identityInFarm)
    reasons.push(
      `Its identity holds ${plural(signals.identitySuspectNumbers, 'other number')} used in suspect handsets`,
    );
  return { grade, reasons };
}
