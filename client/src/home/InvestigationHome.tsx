// The investigator's and analyst's home: what is new (alerts, suspect handsets, rings), their own work
// (cases, requests), and the victims (complaints and money lost by week, the districts with most victims).
import type { InvestigationOverview, Overview } from './overview-api.ts';
import { Figure } from './Figure.tsx';
import { MyWork } from './MyWork.tsx';
import { NewSuspects } from './NewSuspects.tsx';
import { Victims } from './Victims.tsx';

export function InvestigationHome({
  overview,
  window,
}: {
  overview: InvestigationOverview;
  window: Overview['window'];
}) {
  const { blockRequests, dealerFlags } = overview;
  return (
    <div className="home-grid" data-testid="home-investigation">
      <div className="figures wide">
        <Figure value={overview.newAlerts} label="new alerts" href="#/alerts" warnWhenAny />
        <Figure value={overview.cases.open} label="my open cases" href="#/cases" />
        <Figure value={blockRequests.byStatus.pending} label="my block requests pending" href="#/review" />
        <Figure value={blockRequests.byStatus.approved} label="my block requests approved" href="#/review" />
        <Figure value={dealerFlags.byStatus.pending} label="my dealer flags pending" href="#/review" />
      </div>
      <Victims overview={overview} window={window} />
      <NewSuspects overview={overview} />
      <MyWork overview={overview} />
    </div>
  );
}
