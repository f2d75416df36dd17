import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { CaseOptions } from './CaseOptions.tsx';
import { casesQuery } from './cases-api.ts';

/** One of my open cases, by title. */
export function MyCaseSelect({ value, onChange }: { value: string; onChange(caseId: string): void }) {
  const cases = useQuery(casesQuery('open'));
  if (cases.isPending) return <p role="status">Loading your cases…</p>;
  if (cases.isError) return <ErrorMessage error={cases.error} />;
  if (cases.data.cases.length === 0) return <p className="empty">You have no open cases.</p>;
  return (
    <label>
      Case{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)} required>
        <option value="">choose one of your open cases</option>
        <CaseOptions cases={cases.data.cases} />
      </select>
    </label>
  );
}
