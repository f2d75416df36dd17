import { useQuery } from '@tanstack/react-query';
import { newAlertCountQuery } from './alerts-api.ts';

/** The number of new alerts, on the Alerts tab; asked for again every minute. Nothing when there are none. */
export function AlertsBadge() {
  const count = useQuery(newAlertCountQuery);
  if (!count.data?.new) return null;
  return (
    <span className="badge" data-testid="alerts-badge" title={`${count.data.new} new alerts`}>
      {count.data.new > 999 ? '999+' : count.data.new}
    </span>
  );
}
