// The user's own work: the cases they are a member of and the block requests and dealer flags they
// raised, with their status (each list opens on the Cases or Review view).
import { caseLink } from '../cases/cases-api.ts';
import { HomeSection } from './Figure.tsx';
import type { InvestigationOverview } from './overview-api.ts';

export function MyWork({ overview }: { overview: InvestigationOverview }) {
  const { cases, blockRequests, dealerFlags } = overview;
  const nothingAsked = blockRequests.recent.length === 0 && dealerFlags.recent.length === 0;
  return (
    <>
      <HomeSection title="My cases" href="#/cases">
        {cases.recent.length === 0 ? <p className="empty">You are in no case yet.</p> : null}
        <ul className="home-list" aria-label="My cases">
          {cases.recent.map((one) => (
            <li key={one.id}>
              <a href={caseLink(one.id)}>{one.title}</a> {one.caseRef ? `· ${one.caseRef} ` : ''}
              <span className={`status status-${one.status}`}>{one.status}</span>
            </li>
          ))}
        </ul>
      </HomeSection>
      <HomeSection title="My requests" href="#/review">
        {nothingAsked ? <p className="empty">No block requests or dealer flags yet.</p> : null}
        <ul className="home-list" aria-label="My requests">
          {blockRequests.recent.map((request) => (
            <li key={request.id}>
              <a href="#/review">{request.id}</a> · block of {request.handsets} handset
              {request.handsets === 1 ? '' : 's'}
              {request.caseRef ? ` · ${request.caseRef}` : ''} ·{' '}
              <span className={`status status-${request.status}`}>{request.status}</span>
            </li>
          ))}
          {dealerFlags.recent.map((flag) => (
            <li key={flag.id}>
              <a href="#/review">{flag.id}</a> · flag of {flag.dealerName} ({flag.posId}) ·{' '}
              <span className={`status status-${flag.status}`}>{flag.status}</span>
            </li>
          ))}
        </ul>
      </HomeSection>
    </>
  );
}
