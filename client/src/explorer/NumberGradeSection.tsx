import type { NodeData, NumberGrade } from '../api/types.ts';
import { formatInstant } from '../format.ts';

/** What each grade of the Financial Fraud Risk Indicator scale means, as the officer reads it. */
const GRADE_MEANING: Record<NumberGrade, { title: string; meaning: string }> = {
  very_high: {
    title: 'Very high',
    meaning:
      'Used in a handset that works like a SIM farm, or in a suspect handset and reported by a victim.',
  },
  high: {
    title: 'High',
    meaning:
      'Used in a suspect handset, or reported by a victim and registered to an identity with numbers in suspect handsets.',
  },
  medium: {
    title: 'Medium',
    meaning: 'Not seen in a suspect handset, but its identity has other numbers that were.',
  },
};

/** A number's risk grade with the reasons for it, as stored by the last analysis. */
export function NumberGradeSection({ data }: { data: NodeData }) {
  const grade = data.riskGrade;
  if (data.label !== 'SIM' || !grade) return null;
  const { title, meaning } = GRADE_MEANING[grade];
  return (
    <section className={`grade grade-${grade}`} data-testid="number-grade">
      <h3>Risk grade: {title}</h3>
      <p className="hint">{meaning}</p>
      <ul className="reasons">
        {(data.riskGradeReasons ?? []).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="hint">Graded {formatInstant(data.gradedAt)} UTC</p>
    </section>
  );
}
