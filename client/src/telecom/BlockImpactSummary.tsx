import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { CountBars } from '../charts/CountBars.tsx';
import { formatCount, formatInr, formatNumber } from '../format.ts';
import { blockImpactQuery, type BlockImpact, type BlockImpactSource } from './impact-api.ts';

/**
 * What approving a block would touch, as figures and a bar chart of the numbers by operator: shown in
 * the block dialog before sending and in the review card before approving.
 */
export function BlockImpactSummary({ source }: { source: BlockImpactSource }) {
  const impact = useQuery(blockImpactQuery(source));
  return (
    <section className="impact" aria-label="Impact" data-testid="impact">
      <h4>If approved</h4>
      {impact.isPending && impact.fetchStatus !== 'idle' ? (
        <p role="status">Working out the impact…</p>
      ) : null}
      <ErrorMessage error={impact.error} />
      {impact.data ? <BlockImpactFigures impact={impact.data} /> : null}
    </section>
  );
}

function BlockImpactFigures({ impact }: { impact: BlockImpact }) {
  if (impact.numbers === 0) {
    return <p className="empty">No active number used these handsets: nothing goes to re-verification.</p>;
  }
  return (
    <div className="impact-body">
      <dl className="figures">
        <dt>Numbers sent to re-verification</dt>
        <dd data-testid="impact-numbers">{formatNumber(impact.numbers)}</dd>
        <dt title={`Activated over ${impact.longTenureDays} days ago, one identity, in use over that span`}>
          Of them, long-tenure subscribers
        </dt>
        <dd className={impact.longTenure > 0 ? 'warn' : undefined}>{formatNumber(impact.longTenure)}</dd>
        <dt>Other handsets those numbers use</dt>
        <dd>{formatNumber(impact.otherHandsets)}</dd>
        <dt>Identities affected</dt>
        <dd>{formatNumber(impact.identities)}</dd>
        <dt>Complaints behind them</dt>
        <dd>
          {formatNumber(impact.complaints)} ({formatInr(impact.amountLostInr)} lost)
        </dd>
        <dt>Circles</dt>
        <dd>
          {impact.byCircle.map((circle) => `${circle.circle} ${formatNumber(circle.numbers)}`).join(' · ')}
        </dd>
      </dl>
      <CountBars
        label="Numbers to re-verify, by operator"
        data={impact.byOperator.map((operator) => ({ name: operator.operator, count: operator.numbers }))}
      />
      {impact.longTenure > 0 ? (
        <p className="caution" role="note">
          {formatCount(impact.longTenure, 'number')} look like ordinary long-time subscribers who once used
          one of these handsets: re-verification may cut them off if they do not answer.
        </p>
      ) : null}
      {impact.cautions.length > 0 ? (
        <p className="caution caution-lookalike" role="note">
          ⚠{' '}
          {impact.cautions
            .map((caution) => `${caution.imei}: ${caution.kind.replaceAll('_', ' ')}`)
            .join(', ')}
        </p>
      ) : null}
    </div>
  );
}
