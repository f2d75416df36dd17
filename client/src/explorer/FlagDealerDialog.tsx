import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { NodeData } from '../api/types.ts';
import { Dialog } from '../layout/Dialog.tsx';
import { useFlagDealer } from '../review/decisions-api.ts';
import { FromCaseSelect } from '../cases/FromCaseSelect.tsx';

/** Flags a dealer for blacklisting (three years, once the telecom department approves). */
export function FlagDealerDialog({ dealer, onClose }: { dealer: NodeData; onClose(id?: string): void }) {
  const flag = useFlagDealer();
  const [reason, setReason] = useState('');
  const [caseId, setCaseId] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    flag.mutate(
      { posId: dealer.key, reason, caseId: caseId || undefined },
      { onSuccess: (created) => onClose(created.id) },
    );
  };
  return (
    <Dialog label="Flag dealer" onClose={() => onClose()}>
      <form onSubmit={submit}>
        <h2>
          Flag {dealer.caption} ({dealer.key}) for blacklisting
        </h2>
        <label>
          Reason
          <textarea
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            minLength={10}
          />
        </label>
        <FromCaseSelect value={caseId} onChange={(chosen) => setCaseId(chosen?.id ?? '')} />
        <ErrorMessage error={flag.error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={flag.isPending}>
            {flag.isPending ? 'Flagging…' : 'Flag dealer'}
          </button>
          <button type="button" onClick={() => onClose()}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
