import { useState } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { formatInstant } from '../format.ts';
import { ConfirmDialog } from '../layout/ConfirmDialog.tsx';
import { useDecide, type DecisionKind } from './decisions-api.ts';

/** Who decided, when, and their note. */
export function DecisionRecord(props: {
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
}) {
  if (!props.decidedBy) return null;
  return (
    <p className="decided">
      Decided by {props.decidedBy} on {formatInstant(props.decidedAt)}
      {props.note ? `: ${props.note}` : ''}
    </p>
  );
}

/** Approve (after a confirmation that says what approval does) or reject, with a note. */
export function Decision({
  kind,
  id,
  approvalWarning,
}: {
  kind: DecisionKind;
  id: string;
  approvalWarning: string;
}) {
  const decide = useDecide(kind, id);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="decision">
      <label>
        Note <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button className="primary" disabled={decide.isPending} onClick={() => setConfirming(true)}>
        Approve…
      </button>
      <button disabled={decide.isPending} onClick={() => decide.mutate({ decision: 'reject', note })}>
        Reject
      </button>
      {decide.isPending ? <span role="status">Recording the decision…</span> : null}
      <ErrorMessage error={decide.error} />
      {confirming ? (
        <ConfirmDialog
          label="Confirm approval"
          title={`Approve ${id}?`}
          action="Approve"
          pendingAction="Approving…"
          pending={decide.isPending}
          onConfirm={() =>
            decide.mutate({ decision: 'approve', note }, { onSettled: () => setConfirming(false) })
          }
          onCancel={() => setConfirming(false)}
        >
          <p className="caution">{approvalWarning}</p>
          <p>This cannot be undone from Ringside.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
