import { describe, expect, it } from 'vitest';
import { detectRings, ringId, type RingLink } from '../../server/analysis/rings.ts';

const sharing = (link: string, ...handsets: string[]): RingLink[] =>
  handsets.map((handset) => ({ handset, link }));

describe('detectRings', () => {
  it('groups handsets tied by shared identities or moved numbers, and keeps unrelated farms apart', () => {
    const links = [
      ...sharing('identity:K1', 'h1', 'h2'),
      ...sharing('number:9800000001', 'h2', 'h3'),
      ...sharing('identity:K2', 'h4', 'h5'),
      ...sharing('identity:K3', 'h6'),
    ];
    expect(detectRings(links, { maxRingHandsets: 10 })).toEqual([['h1', 'h2', 'h3'], ['h4', 'h5'], ['h6']]);
  });

  it('splits a component too large to be one farm into its communities', () => {
    const farm = (prefix: string) => {
      const handsets = Array.from({ length: 6 }, (_, i) => `${prefix}${i}`);
      // Every pair of handsets in the farm shares an identity: a dense cluster.
      return handsets.flatMap((a, i) =>
        handsets.slice(i + 1).flatMap((b) => sharing(`identity:${a}-${b}`, a, b)),
      );
    };
    const bridge = sharing('number:9800000009', 'a0', 'b0'); // one number moved between two farms
    const rings = detectRings([...farm('a'), ...farm('b'), ...bridge], { maxRingHandsets: 8 });
    expect(rings).toEqual([
      ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'],
      ['b0', 'b1', 'b2', 'b3', 'b4', 'b5'],
    ]);
  });

  it('splits a large component alike in any order of links, and alone or among other components', () => {
    // A chain of handsets passing numbers round in a circle: no natural cut, so the split Louvain finds
    // depends on the order the graph was built in.
    const handsets = Array.from({ length: 16 }, (_, i) => `h${String(i).padStart(2, '0')}`);
    const component = handsets.flatMap((handset, i) =>
      sharing(`number:98000000${String(i).padStart(2, '0')}`, handset, handsets[(i + 1) % handsets.length]!),
    );
    const options = { maxRingHandsets: 6 };
    const alone = detectRings(component, options);
    const shuffled = [...component].sort(
      (x, y) => (x.handset + x.link).localeCompare(y.handset + y.link) * -1,
    );
    const others = sharing('identity:Z', 'z1', 'z2');
    expect(detectRings(shuffled, options)).toEqual(alone);
    expect(detectRings([...others, ...shuffled], options).filter((ring) => ring[0] !== 'z1')).toEqual(alone);
  });

  it('names a ring by its lowest IMEI, so the id survives a recompute', () => {
    expect(ringId(['354688100000177', '358074090027536'])).toBe('RING-354688100000177');
  });
});
