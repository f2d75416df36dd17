// India on one map (#/map): victims' complaints or money lost by state, suspect dealers by telecom
// circle, or one ring's footprint (#/map?ring=RING-…). A tile opens what is behind it, and from there the
// canvas. Tile grids, not an outline: see tile-grid.ts.
import { useHashParams } from '../layout/use-hash-view.ts';
import { ComplaintsMap } from './ComplaintsMap.tsx';
import { DealersMap } from './DealersMap.tsx';
import { mapLink, parseMapAddress, type MapMode } from './map-address.ts';

const MODES: { mode: MapMode; title: string }[] = [
  { mode: 'complaints', title: 'Complaints' },
  { mode: 'money', title: 'Money lost' },
  { mode: 'dealers', title: 'Suspect dealers by circle' },
];

export function MapPage() {
  const address = parseMapAddress(useHashParams());
  return (
    <div className="map-view" data-testid="map">
      <div className="map-header">
        <h2>India on one map</h2>
        <nav className="map-modes" aria-label="Shade by">
          {MODES.map(({ mode, title }) => (
            <a
              key={mode}
              href={mapLink(
                // Complaints and money lost share their places; circles are other places.
                mode === 'dealers' || address.mode === 'dealers'
                  ? { mode, ring: address.ring }
                  : { ...address, mode },
              )}
              className={mode === address.mode ? 'map-mode active' : 'map-mode'}
              aria-current={mode === address.mode ? 'true' : undefined}
            >
              {title}
            </a>
          ))}
        </nav>
        {address.ring ? (
          <p className="map-ring" data-testid="map-ring">
            Footprint of <strong>{address.ring}</strong>: the districts of its victims and the circles of its
            dealers. <a href={mapLink({ mode: address.mode })}>Show all India</a>
          </p>
        ) : null}
      </div>
      {address.mode === 'dealers' ? <DealersMap address={address} /> : <ComplaintsMap address={address} />}
    </div>
  );
}
