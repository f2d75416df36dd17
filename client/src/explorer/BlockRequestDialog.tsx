import { useState, type FormEvent } from 'react';
import { ApiError, post } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { NodeData } from '../api/types.ts';

/** Asks for a block of the selected handsets: reason, case reference, and any caution acknowledged. */
export function BlockRequestDialog({
  handsets,
  onClose,
}: {
  handsets: NodeData[];
  onClose(done?: string): void;
}) {
  const [reason, setReason] = useState('');
  const [caseRef, setCaseRef] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [justification, setJustification] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const cautioned = handsets.filter((handset) => handset.caution);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const created = await post<{ id: string }>('/api/block-requests', {
        imeis: handsets.map((handset) => handset.key),
        reason,
        caseRef,
        ...(cautioned.length > 0
          ? { acknowledgeCaution: acknowledged, justification: justification || undefined }
          : {}),
      });
      onClose(created.id);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog open className="dialog" aria-label="Request block">
      <form onSubmit={submit}>
        <h2>
          Request a block of {handsets.length} handset{handsets.length === 1 ? '' : 's'}
        </h2>
        <p className="imeis">{handsets.map((handset) => handset.key).join(', ')}</p>
        {cautioned.length > 0 ? (
          <div className="caution" role="note" data-testid="dialog-caution">
            <strong>Caution:</strong> blocking these may cut off innocent people.
            <ul>
              {cautioned.map((handset) => (
                <li key={handset.id}>
                  {handset.key}: {handset.caution?.replaceAll('_', ' ')}. {handset.cautionMessage}
                </li>
              ))}
            </ul>
            <label>
              <input
                type="checkbox"
                checked={acknowledged}
                onChange={(event) => setAcknowledged(event.target.checked)}
              />{' '}
              I have read the caution and still request the block
            </label>
            <label>
              Justification
              <textarea value={justification} onChange={(event) => setJustification(event.target.value)} />
            </label>
          </div>
        ) : null}
        <label>
          Reason
          <textarea
            name="reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            minLength={10}
          />
        </label>
        <label>
          Case reference (FIR or complaint number)
          <input
            name="caseRef"
            value={caseRef}
            onChange={(event) => setCaseRef(event.target.value)}
            required
          />
        </label>
        <ErrorMessage error={error} />
        {error instanceof ApiError && error.code === 'CAUTION_NOT_ACKNOWLEDGED' ? (
          <p className="hint">Acknowledge the caution and give a justification to send the request anyway.</p>
        ) : null}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Sending…' : 'Send request'}
          </button>
          <button type="button" onClick={() => onClose()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
