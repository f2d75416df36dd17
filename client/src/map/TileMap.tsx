// A tile-grid map: each place a square in its rough position (tile-grid.ts), shaded by its figure, each a
// link that opens what is behind it. The square root of the share of the largest figure sets the shade,
// so a place with a tenth of the largest is still seen.
import { gridSize, type Tile } from './tile-grid.ts';

const TILE = 58;
const GAP = 4;

export interface Shade {
  /** The lightest and the darkest fill. */
  from: [number, number, number];
  to: [number, number, number];
}

const mix = ({ from, to }: Shade, share: number) =>
  `rgb(${from.map((channel, i) => Math.round(channel + (to[i]! - channel) * share)).join(',')})`;

export function TileMap({
  label,
  tiles,
  values,
  format,
  shade,
  selected,
  hrefOf,
  titleOf,
}: {
  label: string;
  tiles: readonly Tile[];
  values: ReadonlyMap<string, number>;
  format: (value: number) => string;
  shade: Shade;
  selected?: string;
  hrefOf: (tile: Tile) => string;
  titleOf: (tile: Tile) => string;
}) {
  const { columns, rows } = gridSize(tiles);
  const max = Math.max(1, ...values.values());
  return (
    <div
      className="tile-map"
      role="group"
      aria-label={label}
      style={{ width: columns * (TILE + GAP), height: rows * (TILE + GAP) }}
    >
      {tiles.map((tile) => {
        const value = values.get(tile.name) ?? 0;
        const share = value > 0 ? Math.sqrt(value / max) : 0;
        const classes = [
          'tile',
          value === 0 ? 'tile-empty' : '',
          tile.name === selected ? 'tile-selected' : '',
        ];
        return (
          <a
            key={tile.name}
            href={hrefOf(tile)}
            className={classes.filter(Boolean).join(' ')}
            data-tile={tile.name}
            aria-label={`${tile.name}: ${format(value)}`}
            aria-current={tile.name === selected ? 'true' : undefined}
            title={titleOf(tile)}
            style={{
              left: tile.column * (TILE + GAP),
              top: tile.row * (TILE + GAP),
              width: TILE,
              height: TILE,
              background: value > 0 ? mix(shade, 0.12 + 0.88 * share) : undefined,
              color: share > 0.5 ? '#fff' : undefined,
            }}
          >
            <strong>{tile.short}</strong>
            <span>{value > 0 ? format(value) : ''}</span>
          </a>
        );
      })}
    </div>
  );
}
