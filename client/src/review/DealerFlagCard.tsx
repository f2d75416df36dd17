import { NodeLink } from '../explorer/NodeLink.tsx';
import { formatCount, formatInstant } from '../format.ts';
import { EvidencePackLink } from '../evidence/EvidencePackLink.tsx';
import { Decision, DecisionRecord } from './Decision.tsx';
import type { DealerFlagView } from './decisions-api.ts';
import { GraphToggle } from './GraphToggle.tsx';
import { DealerFlagImpactSummary } from '../telecom/DealerFlagImpactSummary.tsx';

/** One dealer flag: the dealer's evidence, the graph on demand, the decision. */
export function DealerFlagCard({ flag, mayDecide }: { flag: DealerFlagView; mayDecide: boolean }) {
  const { dealer } = flag;
  return (
    <article className="card" aria-label={`Dealer flag ${flag.id}`}>
      <h3>
        {flag.id} · {dealer.name} (<NodeLink id={`Dealer:${dealer.posId}`} />, {dealer.circle}) ·{' '}
        <span className={`status status-${flag.status}`}>{flag.status}</span>
      </h3>
      <p>
        {flag.reason}{' '}
        <em>
          (by {flag.flaggedBy}, {formatInstant(flag.flaggedAt)})
        </em>
      </p>
      <p>
        Sold {formatCount(dealer.numbersSold, 'number')}; score{' '}
        {typeof dealer.score === 'number' ? Math.round(dealer.score) : '–'}. {dealer.reasons[0] ?? ''}
        {dealer.blacklistedUntil
          ? ` Blacklisted until ${dealer.blacklistedUntil}${dealer.blacklistExpired ? ' (expired)' : ''}.`
          : ''}
      </p>
      <p className="card-actions">
        <EvidencePackLink kind="dealer-flag" id={flag.id} />
      </p>
      <GraphToggle nodeIds={[`Dealer:${dealer.posId}`]} />
      {flag.status === 'pending' ? <DealerFlagImpactSummary id={flag.id} /> : null}
      <DecisionRecord decidedBy={flag.decidedBy} decidedAt={flag.decidedAt} note={flag.decisionNote} />
      {mayDecide && flag.status === 'pending' ? (
        <Decision
          kind="dealer-flags"
          id={flag.id}
          approvalWarning={`Approving blacklists ${dealer.name} (${dealer.posId}) for three years: no operator may sell through this point of sale.`}
        />
      ) : null}
    </article>
  );
}
