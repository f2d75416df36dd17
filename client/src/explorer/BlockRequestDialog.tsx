import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { NodeData } from '../api/types.ts';
import { Dialog } from '../layout/Dialog.tsx';
import { useCreateBlockRequest } from '../review/decisions-api.ts';
import { formatCount } from '../format.ts';
import { FromCaseSelect } from '../cases/FromCaseSelect.tsx';
import { useSession } from '../auth/session.ts';
import { BlockImpactSummary } from '../telecom/BlockImpactSummary.tsx';
import { STATES_AND_UTS } from '../../../server/ingest/identifiers.ts';

/** Handsets the server refused as not active (already requested or blocked), from a 409's details. */
const refusedOf = (error: unknown): { imei: string; status: string }[] =>
  error instanceof ApiError && error.code === 'CONFLICT'
    ? ((error.details as { handsets?: { imei: string; status: string }[] } | undefined)?.handsets ?? [])
    : [];

/**
 * Asks for a block of the selected handsets: reason, case reference, the requesting unit and its state
 * (for the central equipment register), and any caution acknowledged, with the impact of approval shown
 * before sending. Handsets already requested or blocked are listed and left out with one click.
 */
export function BlockRequestDialog({
  handsets,
  onClose,
}: {
  handsets: NodeData[];
  onClose(created?: { id: string; imeis: string[] }): void;
}) {
  const create = useCreateBlockRequest();
  const user = useSession().data;
  const [policeUnit, setPoliceUnit] = useState(user?.agency ?? '');
  const [state, setState] = useState('');
  const [reason, setReason] = useState('');
  const [caseRef, setCaseRef] = useState('');
  const [caseId, setCaseId] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [justification, setJustification] = useState('');
  const [leftOut, setLeftOut] = useState<Set<string>>(new Set());

  const refused = new Map(refusedOf(create.error).map((handset) => [handset.imei, handset.status]));
  const statusOf = (handset: NodeData) => refused.get(handset.key) ?? handset.status ?? 'active';
  const included = handsets.filter((handset) => !leftOut.has(handset.key));
  const notActive = included.filter((handset) => statusOf(handset) !== 'active');
  const cautioned = included.filter((handset) => handset.caution);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const imeis = included.map((handset) => handset.key);
    create.mutate(
      {
        imeis,
        reason,
        caseRef,
        caseId: caseId || undefined,
        policeUnit,
        state,
        ...(cautioned.length > 0
          ? { acknowledgeCaution: acknowledged, justification: justification || undefined }
          : {}),
      },
      { onSuccess: (created) => onClose({ id: created.id, imeis }) },
    );
  };

  const leaveOutNotActive = () => {
    setLeftOut(new Set([...leftOut, ...notActive.map((handset) => handset.key)]));
    create.reset();
  };

  return (
    <Dialog label="Request block" onClose={() => onClose()}>
      <form onSubmit={submit}>
        <h2>Request a block of {formatCount(included.length, 'handset')}</h2>
        <p className="imeis">{included.map((handset) => handset.key).join(', ')}</p>
        {notActive.length === 0 ? (
          <BlockImpactSummary source={{ imeis: included.map((h) => h.key) }} />
        ) : null}
        {notActive.length > 0 ? (
          <div className="caution" role="note" data-testid="not-active">
            <strong>{formatCount(notActive.length, 'handset')} cannot be requested again:</strong>
            <ul>
              {notActive.map((handset) => (
                <li key={handset.key}>
                  {handset.key} is {statusOf(handset).replaceAll('_', ' ')}
                </li>
              ))}
            </ul>
            <button type="button" onClick={leaveOutNotActive}>
              Leave {notActive.length === 1 ? 'it' : 'them'} out
            </button>
          </div>
        ) : null}
        {cautioned.length > 0 ? (
          <div className="caution caution-lookalike" role="note" data-testid="dialog-caution">
            <strong>⚠ Caution:</strong> blocking these may cut off innocent people.
            <ul>
              {cautioned.map((handset) => (
                <li key={handset.id}>
                  {handset.key}: {handset.caution?.replaceAll('_', ' ')}. {handset.cautionMessage}
                </li>
              ))}
            </ul>
            <label className="inline">
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
        <FromCaseSelect
          value={caseId}
          onChange={(chosen) => {
            setCaseId(chosen?.id ?? '');
            if (chosen?.caseRef) setCaseRef(chosen.caseRef);
          }}
        />
        <label>
          Case reference (FIR or complaint number)
          <input
            name="caseRef"
            value={caseRef}
            onChange={(event) => setCaseRef(event.target.value)}
            required
          />
        </label>
        <div className="two-fields">
          <label>
            Police station or unit
            <input
              name="policeUnit"
              value={policeUnit}
              onChange={(event) => setPoliceUnit(event.target.value)}
              required
              minLength={2}
            />
          </label>
          <label>
            State
            <select name="state" value={state} onChange={(event) => setState(event.target.value)} required>
              <option value="">choose…</option>
              {STATES_AND_UTS.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
        </div>
        {refused.size === 0 ? <ErrorMessage error={create.error} /> : null}
        {create.error instanceof ApiError && create.error.code === 'CAUTION_NOT_ACKNOWLEDGED' ? (
          <p className="hint">Acknowledge the caution and give a justification to send the request anyway.</p>
        ) : null}
        <div className="actions">
          <button
            type="submit"
            className="primary"
            disabled={create.isPending || included.length === 0 || notActive.length > 0}
          >
            {create.isPending ? 'Sending…' : 'Send request'}
          </button>
          <button type="button" onClick={() => onClose()}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
