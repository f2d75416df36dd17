// The Alerts view (#/alerts): what the detection rules found, highest score first, filtered by status and
// rule, a page at a time (Show more); each alert's evidence on demand and its triage in the card.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { formatCount } from '../format.ts';
import { AlertCard } from './AlertCard.tsx';
import { alertRulesQuery, alertsQuery, type AlertFilter, type AlertStatus } from './alerts-api.ts';

const STATUSES: AlertStatus[] = ['new', 'assigned', 'snoozed', 'dismissed'];

export function AlertsPage() {
  const [filter, setFilter] = useState<AlertFilter>({ status: 'new' });
  const [notice, setNotice] = useState<ReactNode>();
  const alerts = useInfiniteQuery(alertsQuery(filter));
  const shown = alerts.data?.pages.flatMap((page) => page.alerts);
  return (
    <div className="alerts">
      <AlertFilters filter={filter} onChange={setFilter} />
      {notice ? (
        <div role="status" className="notice" data-testid="alert-notice">
          {notice}
          <button aria-label="Dismiss notice" onClick={() => setNotice(undefined)}>
            ×
          </button>
        </div>
      ) : null}
      {alerts.isPending ? <p role="status">Loading alerts…</p> : null}
      <ErrorMessage error={alerts.error} />
      {shown?.length === 0 ? (
        <p className="empty">
          No {filter.status ?? ''} alerts{filter.rule ? ` from ${filter.rule}` : ''}.
        </p>
      ) : null}
      {shown?.map((alert) => (
        <AlertCard key={alert.id} alert={alert} onDone={setNotice} />
      ))}
      {alerts.hasNextPage ? (
        <p className="more">
          <button onClick={() => void alerts.fetchNextPage()} disabled={alerts.isFetchingNextPage}>
            {alerts.isFetchingNextPage ? 'Loading more alerts…' : 'Show more'}
          </button>{' '}
          <span className="muted">{formatCount(shown?.length ?? 0, 'alert')} shown</span>
        </p>
      ) : null}
    </div>
  );
}

function AlertFilters({ filter, onChange }: { filter: AlertFilter; onChange(filter: AlertFilter): void }) {
  const rules = useQuery(alertRulesQuery);
  return (
    <div className="filters-row">
      <label>
        Status{' '}
        <select
          value={filter.status ?? ''}
          onChange={(event) =>
            onChange({ ...filter, status: (event.target.value || undefined) as AlertStatus | undefined })
          }
        >
          <option value="">any</option>
          {STATUSES.map((status) => (
            <option key={status}>{status}</option>
          ))}
        </select>
      </label>
      <label>
        Rule{' '}
        <select
          value={filter.rule ?? ''}
          onChange={(event) => onChange({ ...filter, rule: event.target.value || undefined })}
        >
          <option value="">any</option>
          {rules.data?.rules.map((rule) => (
            <option key={rule.name} value={rule.name} title={rule.description}>
              {rule.name}
            </option>
          ))}
        </select>
      </label>
      <ErrorMessage error={rules.error} />
      {rules.data?.runsDue ? <span className="muted">Rules are running: more alerts may come.</span> : null}
    </div>
  );
}
