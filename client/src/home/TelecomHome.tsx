// The telecom department's home: what waits for its decision and for how long, how far re-verification
// has got with each operator, and the handsets blocked and numbers disconnected week by week.
import { CHART_COLOURS } from '../charts/chart-colours.ts';
import { ProgressBars, progressRowOf } from '../charts/ProgressBars.tsx';
import { TimeBars } from '../charts/TimeBars.tsx';
import { formatCount } from '../format.ts';
import { Figure, HomeSection } from './Figure.tsx';
import type { TelecomOverview } from './overview-api.ts';

const age = (days: number) => (days === 0 ? 'today' : `${formatCount(days, 'day')} old`);

export function TelecomHome({ overview }: { overview: TelecomOverview }) {
  const { blockRequests, dealerFlags } = overview.awaitingDecision;
  const { totals, byOperator, deadlineDays } = overview.reverification;
  const weeks = overview.blocksByWeek;
  return (
    <div className="home-grid" data-testid="home-telecom">
      <div className="figures wide">
        <Figure
          value={blockRequests.count}
          label="block requests awaiting a decision"
          href="#/review"
          warnWhenAny
        />
        <Figure
          value={dealerFlags.count}
          label="dealer flags awaiting a decision"
          href="#/review"
          warnWhenAny
        />
        <Figure value={totals.pending} label="numbers pending re-verification" href="#/progress" />
        <Figure
          value={totals.overdue}
          label={`overdue (past ${deadlineDays} days)`}
          href="#/progress"
          warnWhenAny
        />
        <Figure
          value={weeks.reduce((sum, week) => sum + week.handsetsBlocked, 0)}
          label="handsets blocked in 12 weeks"
          href="#/exports"
        />
      </div>
      <HomeSection title="Awaiting your decision" href="#/review">
        {blockRequests.count + dealerFlags.count === 0 ? (
          <p className="empty">Nothing waits for a decision.</p>
        ) : null}
        <ul className="home-list" aria-label="Awaiting a decision">
          {blockRequests.oldest.map((request) => (
            <li key={request.id}>
              <a href="#/review">{request.id}</a> · {formatCount(request.handsets, 'handset')} · by{' '}
              {request.requestedBy}
              {request.caseRef ? ` · ${request.caseRef}` : ''} ·{' '}
              <span className={request.ageDays > 2 ? 'warn' : undefined}>{age(request.ageDays)}</span>
            </li>
          ))}
          {dealerFlags.oldest.map((flag) => (
            <li key={flag.id}>
              <a href="#/review">{flag.id}</a> · dealer {flag.dealerName} ({flag.posId}, {flag.circle}) · by{' '}
              {flag.flaggedBy} ·{' '}
              <span className={flag.ageDays > 2 ? 'warn' : undefined}>{age(flag.ageDays)}</span>
            </li>
          ))}
        </ul>
      </HomeSection>
      <HomeSection title="Re-verification by operator" href="#/progress">
        {byOperator.length === 0 ? (
          <p className="empty">No numbers in re-verification.</p>
        ) : (
          <ProgressBars
            label="Re-verification by operator"
            width={500}
            height={200}
            data={byOperator.map((row) => progressRowOf(row.operator, row))}
          />
        )}
      </HomeSection>
      <HomeSection title="Blocks and disconnections per week" href="#/exports" wide>
        <TimeBars
          label="Handsets blocked and numbers disconnected per week"
          data={weeks}
          period="weekStart"
          width={1000}
          series={[
            { key: 'handsetsBlocked', label: 'handsets blocked', colour: CHART_COLOURS.blocked },
            { key: 'numbersDisconnected', label: 'numbers disconnected', colour: CHART_COLOURS.disconnected },
          ]}
        />
      </HomeSection>
    </div>
  );
}
