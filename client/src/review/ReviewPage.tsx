import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, post } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { User } from '../api/types.ts';
import { EvidenceGraph } from './EvidenceGraph.tsx';

interface BlockRequest {
  id: string;
  status: string;
  reason: string;
  caseRef: string;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decisionNote: string | null;
  cautions: { imei: string; kind: string; message: string }[];
  cautionJustification: string | null;
  handsetCount: number;
  handsets: {
    imei: string;
    brand?: string;
    model?: string;
    score?: number;
    reasons: string[];
    numbers: number;
    complaints: number;
    amountLostInr: number;
    caution: { kind: string } | null;
  }[];
}

interface DealerFlag {
  id: string;
  status: string;
  reason: string;
  flaggedBy: string;
  dealer: {
    posId: string;
    name: string;
    circle: string;
    status: string;
    score?: number;
    reasons: string[];
    numbersSold: number;
    blacklistedUntil: string | null;
    blacklistExpired: boolean;
  };
}

/** Block requests and dealer flags with their evidence; the telecom department decides here. */
export function ReviewPage({ user }: { user: User }) {
  const [status, setStatus] = useState('pending');
  const requests = useQuery({
    queryKey: ['block-requests', status],
    queryFn: () => api<{ requests: BlockRequest[] }>(`/api/block-requests?status=${status}`),
  });
  const flags = useQuery({
    queryKey: ['dealer-flags', status],
    queryFn: () => api<{ flags: DealerFlag[] }>(`/api/dealer-flags?status=${status}`),
  });
  const mayDecide = user.role === 'dot';
  return (
    <div className="review">
      <label>
        Show{' '}
        <select value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="pending">pending</option>
          <option value="approved">approved</option>
          <option value="rejected">rejected</option>
        </select>
      </label>
      <h2>Block requests</h2>
      {requests.isPending ? <p role="status">Loading block requests…</p> : null}
      <ErrorMessage error={requests.error} />
      {requests.data?.requests.length === 0 ? <p className="empty">No {status} block requests.</p> : null}
      {requests.data?.requests.map((request) => (
        <article key={request.id} className="card" aria-label={`Block request ${request.id}`}>
          <h3>
            {request.id} · {request.handsetCount} handset{request.handsetCount === 1 ? '' : 's'} ·{' '}
            {request.status}
          </h3>
          <p>
            <strong>{request.caseRef}</strong>: {request.reason}{' '}
            <em>
              (by {request.requestedBy}, {request.requestedAt.slice(0, 16).replace('T', ' ')})
            </em>
          </p>
          {request.cautions.length > 0 ? (
            <p className="caution" role="note">
              Caution acknowledged for{' '}
              {request.cautions
                .map((caution) => `${caution.imei} (${caution.kind.replaceAll('_', ' ')})`)
                .join(', ')}
              : “{request.cautionJustification}”
            </p>
          ) : null}
          <table>
            <thead>
              <tr>
                <th>IMEI</th>
                <th>Handset</th>
                <th>Score</th>
                <th>Numbers</th>
                <th>Complaints</th>
                <th>Lost (₹)</th>
                <th>Why</th>
              </tr>
            </thead>
            <tbody>
              {request.handsets.map((handset) => (
                <tr key={handset.imei}>
                  <td>{handset.imei}</td>
                  <td>{[handset.brand, handset.model].filter(Boolean).join(' ')}</td>
                  <td>
                    {handset.score === undefined || handset.score === null ? '–' : Math.round(handset.score)}
                  </td>
                  <td>{handset.numbers}</td>
                  <td>{handset.complaints}</td>
                  <td>{handset.amountLostInr.toLocaleString('en-IN')}</td>
                  <td>{handset.reasons[0] ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <GraphToggle nodeIds={request.handsets.map((handset) => `Handset:${handset.imei}`)} />
          {request.decidedBy ? (
            <p>
              Decided by {request.decidedBy}
              {request.decisionNote ? `: ${request.decisionNote}` : ''}
            </p>
          ) : null}
          {mayDecide && request.status === 'pending' ? (
            <Decision path={`/api/block-requests/${request.id}`} />
          ) : null}
        </article>
      ))}
      <h2>Dealer flags</h2>
      {flags.isPending ? <p role="status">Loading dealer flags…</p> : null}
      <ErrorMessage error={flags.error} />
      {flags.data?.flags.length === 0 ? <p className="empty">No {status} dealer flags.</p> : null}
      {flags.data?.flags.map((flag) => (
        <article key={flag.id} className="card" aria-label={`Dealer flag ${flag.id}`}>
          <h3>
            {flag.id} · {flag.dealer.name} ({flag.dealer.posId}, {flag.dealer.circle}) · {flag.status}
          </h3>
          <p>
            {flag.reason} <em>(by {flag.flaggedBy})</em>
          </p>
          <p>
            Sold {flag.dealer.numbersSold} numbers; score{' '}
            {flag.dealer.score === undefined || flag.dealer.score === null
              ? '–'
              : Math.round(flag.dealer.score)}
            . {flag.dealer.reasons[0] ?? ''}
            {flag.dealer.blacklistedUntil
              ? ` Blacklisted until ${flag.dealer.blacklistedUntil}${flag.dealer.blacklistExpired ? ' (expired)' : ''}.`
              : ''}
          </p>
          <GraphToggle nodeIds={[`Dealer:${flag.dealer.posId}`]} />
          {mayDecide && flag.status === 'pending' ? <Decision path={`/api/dealer-flags/${flag.id}`} /> : null}
        </article>
      ))}
    </div>
  );
}

/** The evidence graph, drawn on demand (a canvas per card would be heavy on a long list). */
function GraphToggle({ nodeIds }: { nodeIds: string[] }) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <button onClick={() => setShown(!shown)} aria-expanded={shown}>
        {shown ? 'Hide graph' : 'Show graph'}
      </button>
      {shown ? <EvidenceGraph nodeIds={nodeIds} /> : null}
    </>
  );
}

/** Approve or reject with a note; the lists refresh after. */
function Decision({ path }: { path: string }) {
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const decide = async (decision: 'approve' | 'reject') => {
    setBusy(true);
    setError(undefined);
    try {
      await post(`${path}/${decision}`, { note });
      await client.invalidateQueries();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="decision">
      <label>
        Note <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button className="primary" disabled={busy} onClick={() => void decide('approve')}>
        Approve
      </button>
      <button disabled={busy} onClick={() => void decide('reject')}>
        Reject
      </button>
      {busy ? <span role="status">Recording the decision…</span> : null}
      <ErrorMessage error={error} />
    </div>
  );
}
