import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';

interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  target: string;
  details: Record<string, unknown>;
}

/** The audit trail, searchable by who and what. */
export function AuditPage() {
  const [filter, setFilter] = useState({ actor: '', action: '' });
  const [applied, setApplied] = useState(filter);
  const query = new URLSearchParams(Object.entries(applied).filter(([, value]) => value !== '')).toString();
  const events = useQuery({
    queryKey: ['audit', query],
    queryFn: () => api<{ events: AuditEvent[] }>(`/api/audit?${query}`),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(filter);
  };
  return (
    <div className="audit">
      <form onSubmit={submit} className="filters-row" aria-label="Filter the audit trail">
        <label>
          Who{' '}
          <input
            value={filter.actor}
            onChange={(event) => setFilter({ ...filter, actor: event.target.value })}
          />
        </label>
        <label>
          Action{' '}
          <input
            placeholder="block_request"
            value={filter.action}
            onChange={(event) => setFilter({ ...filter, action: event.target.value })}
          />
        </label>
        <button type="submit">Filter</button>
      </form>
      {events.isPending ? <p role="status">Loading the audit trail…</p> : null}
      <ErrorMessage error={events.error} />
      {events.data?.events.length === 0 ? <p className="empty">No events match.</p> : null}
      {events.data && events.data.events.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>Action</th>
              <th>Target</th>
              <th>Details</th>
            </tr>
          </thead>
          <tbody>
            {events.data.events.map((event) => (
              <tr key={event.id}>
                <td>{event.at.slice(0, 19).replace('T', ' ')}</td>
                <td>
                  {event.actor} ({event.role})
                </td>
                <td>{event.action}</td>
                <td>{event.target}</td>
                <td>
                  <code>{JSON.stringify(event.details).slice(0, 200)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
