// A seeded random source: the same seed gives the same world, byte for byte. sfc32 (a small, fast
// generator with 128 bits of state) instead of Math.random, which cannot be seeded.

export interface Random {
  /** A float in [0, 1). */
  float(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A normally distributed value (Box-Muller). */
  normal(mean: number, deviation: number): number;
}

export function createRandom(seed: number): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next(); // mix the seed into all of the state

  const random: Random = {
    float: next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    normal: (mean, deviation) => {
      const u = 1 - next(); // (0, 1]: log(0) is not a number
      return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
  return random;
}

/** A picker of items in proportion to their weights (binary search over the running totals). */
export function weightedChoice<T>(weighted: ReadonlyArray<readonly [T, number]>): (random: Random) => T {
  const items = weighted.map(([item]) => item);
  let total = 0;
  const cumulative = weighted.map(([, weight]) => (total += weight));
  if (!(total > 0)) throw new Error('weighted choice needs a positive total weight');
  return (random) => {
    const target = random.float() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return items[low]!;
  };
}
