import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { formatNumber } from '../format.ts';
import { dealerFlagImpactQuery } from './impact-api.ts';

/** What blacklisting a dealer would touch: its active SIMs, the reported ones, its over-limit buyers. */
export function DealerFlagImpactSummary({ id }: { id: string }) {
  const impact = useQuery(dealerFlagImpactQuery(id));
  return (
    <section className="impact" aria-label="Impact" data-testid="impact">
      <h4>If approved</h4>
      {impact.isPending ? <p role="status">Working out the impact…</p> : null}
      <ErrorMessage error={impact.error} />
      {impact.data ? (
        <dl className="figures">
          <dt>SIMs sold</dt>
          <dd>{formatNumber(impact.data.simsSold)}</dd>
          <dt>Of them still active</dt>
          <dd>{formatNumber(impact.data.activeSims)}</dd>
          <dt>Named in complaints</dt>
          <dd>
            {formatNumber(impact.data.reportedSims)} ({formatNumber(impact.data.reportedActiveSims)} active)
          </dd>
          <dt>Buyers</dt>
          <dd>{formatNumber(impact.data.buyers)}</dd>
          <dt>Buyers over the SIM limit</dt>
          <dd className={impact.data.overLimitBuyers > 0 ? 'warn' : undefined}>
            {formatNumber(impact.data.overLimitBuyers)}
          </dd>
        </dl>
      ) : null}
    </section>
  );
}
