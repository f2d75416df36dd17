import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { may, type User } from '../api/types.ts';
import { BlockRequestCard } from './BlockRequestCard.tsx';
import { blockRequestsQuery, dealerFlagsQuery, type ListFilter } from './decisions-api.ts';
import { DealerFlagCard } from './DealerFlagCard.tsx';

type Status = NonNullable<ListFilter['status']>;

/** Block requests and dealer flags with their evidence; the telecom department decides here, and the
 * people who asked see their own under "My requests". */
export function ReviewPage({ user }: { user: User }) {
  const mayRequest = may(user, 'request');
  const [mine, setMine] = useState(mayRequest);
  const [status, setStatus] = useState<Status | ''>(mayRequest ? '' : 'pending');
  const filter: ListFilter = { status: status || undefined, mine };
  const requests = useQuery(blockRequestsQuery(filter));
  const flags = useQuery(dealerFlagsQuery(filter));
  const mayDecide = may(user, 'decide');
  const what = `${status || 'any'}${mine ? ' of my' : ''}`;
  return (
    <div className="review">
      <div className="filters-row">
        {mayRequest ? (
          <div role="group" aria-label="Whose">
            <button
              className={mine ? 'tab-light active' : 'tab-light'}
              aria-pressed={mine}
              onClick={() => setMine(true)}
            >
              My requests
            </button>
            <button
              className={!mine ? 'tab-light active' : 'tab-light'}
              aria-pressed={!mine}
              onClick={() => setMine(false)}
            >
              Everyone’s
            </button>
          </div>
        ) : null}
        <label>
          Status{' '}
          <select value={status} onChange={(event) => setStatus(event.target.value as Status | '')}>
            <option value="">any</option>
            <option value="pending">pending</option>
            <option value="approved">approved</option>
            <option value="rejected">rejected</option>
          </select>
        </label>
      </div>
      <h2>Block requests</h2>
      {requests.isPending ? <p role="status">Loading block requests…</p> : null}
      <ErrorMessage error={requests.error} />
      {requests.data?.requests.length === 0 ? <p className="empty">No {what} block requests.</p> : null}
      {requests.data?.requests.map((request) => (
        <BlockRequestCard key={request.id} request={request} mayDecide={mayDecide} />
      ))}
      <h2>Dealer flags</h2>
      {flags.isPending ? <p role="status">Loading dealer flags…</p> : null}
      <ErrorMessage error={flags.error} />
      {flags.data?.flags.length === 0 ? <p className="empty">No {what} dealer flags.</p> : null}
      {flags.data?.flags.map((flag) => (
        <DealerFlagCard key={flag.id} flag={flag} mayDecide={mayDecide} />
      ))}
    </div>
  );
}
