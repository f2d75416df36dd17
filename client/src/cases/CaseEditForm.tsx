// A member changes an open case's title, FIR or complaint number and description (the server refuses
// changes to a closed case: its owner reopens it first). An emptied reference or description is removed.
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { useUpdateCase, type CaseFields, type CasePage } from './cases-api.ts';

export function CaseEditForm({ page, onDone }: { page: CasePage; onDone(): void }) {
  const update = useUpdateCase(page.id);
  const [fields, setFields] = useState<CaseFields>({
    title: page.title,
    caseRef: page.caseRef ?? '',
    description: page.description ?? '',
  });
  const set = (field: keyof CaseFields) => (event: { target: { value: string } }) =>
    setFields((before) => ({ ...before, [field]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(fields, { onSuccess: onDone });
  };
  return (
    <form className="case-edit" onSubmit={submit} aria-label="Edit the case">
      <label>
        Title <input value={fields.title} onChange={set('title')} required maxLength={200} />
      </label>
      <label>
        FIR or complaint number <input value={fields.caseRef} onChange={set('caseRef')} maxLength={100} />
      </label>
      <label>
        Description
        <textarea value={fields.description} onChange={set('description')} maxLength={10_000} />
      </label>
      <p className="card-actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onDone} disabled={update.isPending}>
          Cancel
        </button>
      </p>
      <ErrorMessage error={update.error} />
    </form>
  );
}
