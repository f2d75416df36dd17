import type { CaseSummary } from './cases-api.ts';

/** My cases as the options of a select: title, and the FIR or complaint number when there is one. */
export function CaseOptions({ cases }: { cases: CaseSummary[] }) {
  return cases.map((one) => (
    <option key={one.id} value={one.id}>
      {one.title}
      {one.caseRef ? ` (${one.caseRef})` : ''}
    </option>
  ));
}
