import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { NodeLink } from '../explorer/NodeLink.tsx';
import { formatInstant } from '../format.ts';
import { auditQuery, type AuditEvent, type AuditFilter } from './audit-api.ts';

const GRAPH_KINDS = /^(Handset|SIM|Dealer|Identity|Victim|Complaint):/;

/** The audit trail, searchable by who, what and when. */
export function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>({ actor: '', action: '', from: '', to: '' });
  const [applied, setApplied] = useState(filter);
  const events = useQuery(auditQuery(applied));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(filter);
  };
  const field = (name: keyof AuditFilter, label: string, extra: Record<string, string> = {}) => (
    <label>
      {label}{' '}
      <input
        {...extra}
        value={filter[name]}
        onChange={(event) => setFilter({ ...filter, [name]: event.target.value })}
      />
    </label>
  );
  return (
    <div className="audit">
      <form onSubmit={submit} className="filters-row" aria-label="Filter the audit trail">
        {field('actor', 'Who')}
        {field('action', 'Action', { placeholder: 'block_request' })}
        {field('from', 'From', { type: 'date' })}
        {field('to', 'To', { type: 'date' })}
        <button type="submit">Filter</button>
      </form>
      {events.isPending ? <p role="status">Loading the audit trail…</p> : null}
      <ErrorMessage error={events.error} />
      {events.data?.events.length === 0 ? <p className="empty">No events match.</p> : null}
      {events.data && events.data.events.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>When (UTC)</th>
              <th>Who</th>
              <th>Action</th>
              <th>Target</th>
              <th>Details</th>
            </tr>
          </thead>
          <tbody>
            {events.data.events.map((event) => (
              <tr key={event.id}>
                <td>{formatInstant(event.at)}</td>
                <td>
                  {event.actor} ({event.role})
                </td>
                <td>{event.action}</td>
                <td>
                  {GRAPH_KINDS.test(event.target) ? (
                    <NodeLink id={event.target} text={event.target} />
                  ) : (
                    event.target
                  )}
                </td>
                <td>
                  <EventDetails details={event.details} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

/** Details as "name: value" lines; long lists show their first few and how many more. */
function EventDetails({ details }: { details: AuditEvent['details'] }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <dl className="event-details">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{detailText(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function detailText(value: unknown): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, 5).map(detailText).join(', ');
    return value.length > 5 ? `${shown} and ${value.length - 5} more` : shown || '–';
  }
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([name, item]) => `${name} ${detailText(item)}`)
      .join(', ');
  return String(value);
}
