// A number's risk grade (medium, high, very high: the scale of the telecom department's Financial Fraud
// Risk Indicator, which banks act on) and the reasons for it, from what the graph says about the number:
// the suspect handsets it was used in, the complaints that report it, and the other numbers of its
// identity found in suspect handsets. Pure: the signals come from cypher/app/analysis/number-grade-signals.
// Reasons never name a person: a scoped user may see the number of an identity masked to them.
// A number of a suspect handset is graded whenever it is read, from the handset's stored score, so a
// recompute never writes millions of farm numbers; only the grades of numbers outside suspect handsets
// (by their identity) are stored, for the list of a grade (grade-numbers.ts).

export const NUMBER_GRADES = ['very_high', 'high', 'medium'] as const;
/** Most severe first. */
export type NumberGrade = (typeof NUMBER_GRADES)[number];

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

/**
 * Where the numbers of each grade are found, in list order: numbers under their riskiest suspect handset
 * in a band of scores (riskiest handset first), reported or not, and numbers holding a stored grade
 * (outside suspect handsets, by number). Follows gradeNumber's rules; tests hold the two together.
 */
export type GradeSource =
  | { kind: 'handsets'; fromScore: number; belowScore: number | null; reported: boolean | null }
  | { kind: 'stored'; grade: NumberGrade };

export function gradeSources(suspectScore: number): Record<NumberGrade, GradeSource[]> {
  const weakHandsets = {
    kind: 'handsets',
    fromScore: suspectScore,
    belowScore: VERY_HIGH_HANDSET_SCORE,
  } as const;
  return {
    very_high: [
      { kind: 'handsets', fromScore: VERY_HIGH_HANDSET_SCORE, belowScore: null, reported: null },
      { ...weakHandsets, reported: true },
    ],
    high: [
      { ...weakHandsets, reported: false },
      { kind: 'stored', grade: 'high' },
    ],
    medium: [{ kind: 'stored', grade: 'medium' }],
  };
}
