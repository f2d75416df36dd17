import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { formatCount } from '../format.ts';
import { useUploadOutcomes } from './reverification-api.ts';

interface OutcomeError {
  file: string;
  line: number;
  column?: string;
  value?: string;
  reason: string;
}

const errorsOf = (error: unknown): { errors: OutcomeError[]; errorCount: number } | undefined => {
  if (!(error instanceof ApiError)) return undefined;
  const details = error.details as { errors?: OutcomeError[]; errorCount?: number } | undefined;
  return details?.errors
    ? { errors: details.errors, errorCount: details.errorCount ?? details.errors.length }
    : undefined;
};

/** An operator's reverification-outcomes.csv, applied all or nothing; a bad file lists its errors by line. */
export function OutcomesUpload() {
  const upload = useUploadOutcomes();
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    setFileName(file.name);
    upload.mutate(await file.text());
  };

  const invalid = errorsOf(upload.error);
  return (
    <form className="outcomes-upload" onSubmit={submit} aria-label="Upload re-verification outcomes">
      <h2>Operators’ outcomes</h2>
      <p className="hint">
        <code>reverification-outcomes.csv</code> with columns{' '}
        <code>msisdn, operator, outcome, decided_on</code>; outcome is <code>reverified</code>,{' '}
        <code>failed</code> or <code>no_response</code>. Nothing changes unless every row is right; uploading
        the same file again changes nothing.
      </p>
      <input
        ref={input}
        type="file"
        name="outcomes"
        accept=".csv,text/csv"
        required
        onChange={() => upload.reset()}
      />{' '}
      <button type="submit" className="primary" disabled={upload.isPending}>
        {upload.isPending ? 'Applying…' : 'Apply outcomes'}
      </button>
      {upload.data ? (
        <p role="status" className="ok">
          {fileName}: {formatCount(upload.data.rows, 'row')} read;{' '}
          {formatCount(upload.data.reverified, 'number')} re-verified,{' '}
          {formatCount(upload.data.disconnected, 'number')} disconnected
          {upload.data.unchanged > 0 ? `, ${formatCount(upload.data.unchanged, 'row')} already applied` : ''}.
        </p>
      ) : null}
      <ErrorMessage error={upload.error} />
      {invalid ? (
        <ul className="import-errors" aria-label="Errors in the file">
          {invalid.errors.map((error, index) => (
            <li key={index}>
              {error.file}:{error.line} {error.column ?? ''}{' '}
              {error.value !== undefined ? `"${error.value}"` : ''}: {error.reason}
            </li>
          ))}
          {invalid.errorCount > invalid.errors.length ? (
            <li className="hint">and {invalid.errorCount - invalid.errors.length} more</li>
          ) : null}
        </ul>
      ) : null}
    </form>
  );
}
