// Victims' complaints or money lost by state on the tile grid; a state's tile lists its districts and
// its complaints beside the map.
import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { formatCount, formatInr, formatInrShort, formatNumber } from '../format.ts';
import { complaintsByPlaceQuery, type PlaceComplaints } from './geo-api.ts';
import { mapLink, type MapAddress } from './map-address.ts';
import { StatePanel } from './StatePanel.tsx';
import { STATE_TILES } from './tile-grid.ts';
import { TileMap, type Shade } from './TileMap.tsx';

const SHADES: Record<'complaints' | 'money', Shade> = {
  complaints: { from: [244, 236, 247], to: [108, 52, 131] },
  money: { from: [253, 242, 224], to: [156, 100, 12] },
};

const ON_GRID = new Set(STATE_TILES.map((tile) => tile.name));

export function ComplaintsMap({ address }: { address: MapAddress }) {
  const states = useQuery(complaintsByPlaceQuery('state', address.ring));
  const money = address.mode === 'money';
  const figureOf = (row: PlaceComplaints) => (money ? row.amountInr : row.complaints);
  const rows = states.data ?? [];
  const byState = new Map(rows.map((row) => [row.state, row]));
  const offGrid = rows.filter((row) => !ON_GRID.has(row.state));
  const total = rows.reduce((sum, row) => sum + row.complaints, 0);
  return (
    <div className="map-body">
      <div>
        {states.isPending ? <p role="status">Loading the map…</p> : null}
        <ErrorMessage error={states.error} />
        {states.data ? (
          <p className="hint" data-testid="map-total">
            {formatCount(total, 'complaint')} · {formatInr(rows.reduce((sum, row) => sum + row.amountInr, 0))}{' '}
            lost · darker is more; click a state for its districts.
          </p>
        ) : null}
        <TileMap
          label={money ? 'Money lost by state' : 'Complaints by state'}
          tiles={STATE_TILES}
          values={new Map(rows.map((row) => [row.state, figureOf(row)]))}
          format={money ? formatInrShort : formatNumber}
          shade={SHADES[money ? 'money' : 'complaints']}
          selected={address.state}
          hrefOf={(tile) => mapLink({ mode: address.mode, ring: address.ring, state: tile.name })}
          titleOf={(tile) => {
            const row = byState.get(tile.name);
            return row
              ? `${tile.name}: ${formatCount(row.complaints, 'complaint')}, ${formatCount(row.victims, 'victim')}, ${formatInr(row.amountInr)}`
              : `${tile.name}: no complaints`;
          }}
        />
        {offGrid.length > 0 ? (
          <p className="hint" data-testid="off-grid">
            Not on the grid (as the portals wrote them):{' '}
            {offGrid.map((row, index) => (
              <span key={row.state}>
                {index > 0 ? ', ' : ''}
                <a href={mapLink({ ...address, state: row.state, district: undefined })}>{row.state}</a> (
                {formatNumber(row.complaints)})
              </span>
            ))}
          </p>
        ) : null}
      </div>
      {address.state ? (
        <StatePanel address={{ ...address, state: address.state }} />
      ) : (
        <p className="hint map-panel">Click a state to list its districts and complaints.</p>
      )}
    </div>
  );
}
