// The newest high-risk handsets and the rings victims reported lately, each opening on the canvas (a ring
// also on the map, as its footprint).
import { NodeLink } from '../explorer/NodeLink.tsx';
import { ringLinkFor } from '../explorer/use-open-from-address.ts';
import { formatInr, formatNumber } from '../format.ts';
import { mapLink } from '../map/map-address.ts';
import { HomeSection } from './Figure.tsx';
import type { InvestigationOverview } from './overview-api.ts';

export function NewSuspects({ overview }: { overview: InvestigationOverview }) {
  return (
    <>
      <HomeSection title="Newest high-risk handsets" href="#/suspects">
        {overview.newSuspectHandsets.length === 0 ? <p className="empty">No new suspect handsets.</p> : null}
        <ul className="home-list" aria-label="Newest high-risk handsets">
          {overview.newSuspectHandsets.map((handset) => (
            <li key={handset.id}>
              <NodeLink id={handset.id} text={handset.imei} />{' '}
              {[handset.brand, handset.model].filter(Boolean).join(' ')} · score {Math.round(handset.score)} ·{' '}
              {handset.status}
              {handset.reason ? <div className="reasons">{handset.reason}</div> : null}
            </li>
          ))}
        </ul>
      </HomeSection>
      <HomeSection title="Rings victims reported lately" href="#/suspects">
        {overview.recentRings.length === 0 ? <p className="empty">No ring with complaints.</p> : null}
        <ul className="home-list" aria-label="Rings victims reported lately">
          {overview.recentRings.map((ring) => (
            <li key={ring.id}>
              <a href={ringLinkFor(ring.id)} title="Open on the canvas">
                {ring.id}
              </a>{' '}
              {/* Beside the ring's name, so a long line wraps in its figures and not before the link. */}
              <a href={mapLink({ ring: ring.id })} className="map-link" title="Its footprint on the map">
                Map
              </a>{' '}
              · {formatNumber(ring.handsetCount)} handsets · {formatNumber(ring.complaintCount)} complaints ·{' '}
              {formatInr(ring.amountLost)} · last {ring.lastComplaintOn}
            </li>
          ))}
        </ul>
      </HomeSection>
    </>
  );
}
