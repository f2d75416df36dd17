// Suspect dealers (flagged, blacklisted, high-risk) by telecom circle on the circles' tile grid; a
// circle's tile lists its dealers, each opening on the canvas.
import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { NodeLink } from '../explorer/NodeLink.tsx';
import { explorerLinkFor } from '../explorer/use-open-from-address.ts';
import { formatCount, formatNumber } from '../format.ts';
import { dealersByCircleQuery, type CircleDealers } from './geo-api.ts';
import { mapLink, type MapAddress } from './map-address.ts';
import { CIRCLE_NAMES, CIRCLE_TILES } from './tile-grid.ts';
import { TileMap } from './TileMap.tsx';

const nameOf = (circle: string) => CIRCLE_NAMES[circle as keyof typeof CIRCLE_NAMES] ?? circle;

export function DealersMap({ address }: { address: MapAddress }) {
  const dealers = useQuery(dealersByCircleQuery(address.ring));
  const rows = dealers.data ?? [];
  const byCircle = new Map(rows.map((row) => [row.circle, row]));
  const selected = address.circle ? byCircle.get(address.circle) : undefined;
  return (
    <div className="map-body">
      <div>
        {dealers.isPending ? <p role="status">Loading the map…</p> : null}
        <ErrorMessage error={dealers.error} />
        {dealers.data ? (
          <p className="hint" data-testid="map-total">
            {formatCount(
              rows.reduce((sum, row) => sum + row.suspects, 0),
              'suspect dealer',
            )}{' '}
            · telecom circles, darker is more; click a circle for its dealers.
          </p>
        ) : null}
        <TileMap
          label="Suspect dealers by circle"
          tiles={CIRCLE_TILES}
          values={new Map(rows.map((row) => [row.circle, row.suspects]))}
          format={formatNumber}
          shade={{ from: [234, 242, 248], to: [31, 78, 121] }}
          selected={address.circle}
          hrefOf={(tile) => mapLink({ mode: 'dealers', ring: address.ring, circle: tile.name })}
          titleOf={(tile) =>
            `${nameOf(tile.name)}: ${formatCount(byCircle.get(tile.name)?.suspects ?? 0, 'suspect dealer')}`
          }
        />
      </div>
      {address.circle ? (
        <CirclePanel circle={address.circle} dealers={selected} />
      ) : (
        <p className="hint map-panel">Click a circle to list its suspect dealers.</p>
      )}
    </div>
  );
}

function CirclePanel({ circle, dealers }: { circle: string; dealers?: CircleDealers }) {
  return (
    <aside className="map-panel" aria-label={`Dealers of ${circle}`}>
      <h3>
        {circle}: {nameOf(circle)}
      </h3>
      {!dealers ? <p className="empty">No suspect dealers in this circle.</p> : null}
      {dealers ? (
        <>
          <p>
            {formatCount(dealers.suspects, 'suspect dealer')}: {formatNumber(dealers.flagged)} flagged,{' '}
            {formatNumber(dealers.blacklisted)} blacklisted, {formatNumber(dealers.highRisk)} scoring 40 or
            more
          </p>
          <a
            className="button"
            href={explorerLinkFor(dealers.dealers.map((dealer) => `Dealer:${dealer.posId}`))}
          >
            Open the {dealers.dealers.length} listed on the canvas
          </a>
          <ol className="ranked">
            {dealers.dealers.map((dealer) => (
              <li key={dealer.posId}>
                <NodeLink id={`Dealer:${dealer.posId}`} text={dealer.posId} /> {dealer.name} ·{' '}
                {dealer.operator} · {dealer.status}
                {dealer.score !== null ? ` · score ${Math.round(dealer.score)}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </aside>
  );
}
