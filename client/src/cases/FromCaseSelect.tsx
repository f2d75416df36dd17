import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { CaseOptions } from './CaseOptions.tsx';
import { casesQuery, type CaseSummary } from './cases-api.ts';

/**
 * The case a block request or dealer flag is raised from (optional): one of my open cases, whose FIR or
 * complaint number then goes with it, and which lists it.
 */
export function FromCaseSelect({
  value,
  onChange,
}: {
  value: string;
  onChange(chosen: CaseSummary | undefined): void;
}) {
  const cases = useQuery(casesQuery('open'));
  if (cases.isError) return <ErrorMessage error={cases.error} />;
  const open = cases.data?.cases ?? [];
  return (
    <label>
      Raised from case
      <select
        value={value}
        disabled={cases.isPending}
        onChange={(event) => onChange(open.find((one) => one.id === event.target.value))}
      >
        <option value="">{cases.isPending ? 'Loading your cases…' : 'none'}</option>
        <CaseOptions cases={open} />
      </select>
    </label>
  );
}
