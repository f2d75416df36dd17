import { useState, type FormEvent } from 'react';
import { post } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { NodeData } from '../api/types.ts';

/** Flags a dealer for blacklisting (three years, once the telecom department approves). */
export function FlagDealerDialog({ dealer, onClose }: { dealer: NodeData; onClose(done?: string): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const flag = await post<{ id: string }>(`/api/dealers/${encodeURIComponent(dealer.key)}/flag`, {
        reason,
      });
      onClose(flag.id);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <dialog open className="dialog" aria-label="Flag dealer">
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
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit">Flag dealer</button>
          <button type="button" onClick={() => onClose()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
