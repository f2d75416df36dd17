// The map's tile grids: every state and union territory the server names has exactly one square, every
// telecom circle too, and no two squares of a grid share a place.
import { describe, expect, it } from 'vitest';
import { CIRCLES, STATES_AND_UTS } from '../../server/ingest/identifiers.ts';
import { STATE_NAMES } from '../../server/geo/district-names.ts';
import { CIRCLE_NAMES, CIRCLE_TILES, STATE_TILES, type Tile } from '../../client/src/map/tile-grid.ts';

const positions = (tiles: readonly Tile[]) => tiles.map((tile) => `${tile.column},${tile.row}`);

describe('the tile grid of states and union territories', () => {
  it('has one square for each of the 36 states and union territories, by the names the server uses', () => {
    expect(STATE_TILES).toHaveLength(36);
    expect(STATE_TILES.map((tile) => tile.name).sort()).toEqual([...STATES_AND_UTS].sort());
    // The complaints' canonical states (district-names.ts) are the same names.
    expect([...STATE_NAMES].sort()).toEqual([...STATES_AND_UTS].sort());
  });

  it('puts no two squares in one place, and gives each a distinct short name', () => {
    expect(new Set(positions(STATE_TILES)).size).toBe(STATE_TILES.length);
    expect(new Set(STATE_TILES.map((tile) => tile.short)).size).toBe(STATE_TILES.length);
  });

  it('keeps neighbours roughly where they are: north above south, west left of east', () => {
    const at = (name: string) => STATE_TILES.find((tile) => tile.name === name)!;
    expect(at('Jammu and Kashmir').row).toBeLessThan(at('Kerala').row);
    expect(at('Gujarat').column).toBeLessThan(at('Assam').column);
    expect(at('Tamil Nadu').row).toBeGreaterThan(at('Karnataka').row);
  });
});

describe('the tile grid of telecom circles', () => {
  it('has one square for each circle, named, and no two in one place', () => {
    expect(CIRCLE_TILES.map((tile) => tile.name).sort()).toEqual([...CIRCLES].sort());
    expect(Object.keys(CIRCLE_NAMES).sort()).toEqual([...CIRCLES].sort());
    expect(new Set(positions(CIRCLE_TILES)).size).toBe(CIRCLE_TILES.length);
  });
});
