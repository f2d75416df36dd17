// An identity outside the user's jurisdiction: its name, photo and document read "masked". The user may
// reveal it for this session with a reason, which the audit trail keeps.
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { useRevealIdentity } from '../auth/account-api.ts';
import { Dialog } from '../layout/Dialog.tsx';
import { canvasStore } from './canvas-store.ts';

const MIN_REASON = 10;

export function MaskedIdentity({ kycId }: { kycId: string }) {
  const [asking, setAsking] = useState(false);
  return (
    <div className="masked-identity" role="note">
      <p>
        This person is outside your jurisdiction: name, photo and document are masked. Numbers, handsets and
        dealers stay visible.
      </p>
      <button onClick={() => setAsking(true)}>Reveal…</button>
      {asking ? <RevealDialog kycId={kycId} onClose={() => setAsking(false)} /> : null}
    </div>
  );
}

function RevealDialog({ kycId, onClose }: { kycId: string; onClose(): void }) {
  const reveal = useRevealIdentity();
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reveal.mutate(
      { kycId, reason },
      {
        onSuccess: (details) => {
          const data = details.node.data;
          canvasStore.updateNodes({ [data.id]: { caption: data.caption, masked: false } });
          onClose();
        },
      },
    );
  };
  return (
    <Dialog label="Reveal identity" onClose={onClose}>
      <form onSubmit={submit}>
        <h2>Reveal identity {kycId}</h2>
        <p>
          You will see this person's name, photo and document for the rest of this session. Your reason is
          recorded in the audit trail with your name.
        </p>
        <label>
          Reason (case reference and why you need it)
          <textarea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            minLength={MIN_REASON}
            required
            autoFocus
          />
        </label>
        <ErrorMessage error={reveal.error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={reveal.isPending || reason.trim().length < MIN_REASON}>
            {reveal.isPending ? 'Revealing…' : 'Reveal'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
