// The figures a process keeps per edition of the data (server/editions/edition-cache.ts), with a fake
// edition: counted once an edition, recounted after a change, never kept across one.
import type { ManagedTransaction } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { editionCache } from '../../server/editions/edition-cache.ts';

const tx = {} as ManagedTransaction;

/** A database whose edition the test sets, and a count that says how often it ran. */
function world(initial: string | null) {
  const state = { edition: initial, counts: 0 };
  const cache = editionCache<{ figure: number; edition: string | null }>(async () => state.edition, 2);
  const count = async () => ({ figure: ++state.counts, edition: state.edition });
  return { state, cache, count };
}

describe('editionCache', () => {
  it('counts once an edition and key, and again when the edition changes', async () => {
    const { state, cache, count } = world('a');
    expect(await cache.read(tx, 'BR', count)).toEqual({ figure: 1, edition: 'a' });
    expect(await cache.read(tx, 'BR', count)).toEqual({ figure: 1, edition: 'a' });
    expect(await cache.read(tx, 'national', count)).toEqual({ figure: 2, edition: 'a' });
    state.edition = 'b';
    expect(await cache.read(tx, 'BR', count)).toEqual({ figure: 3, edition: 'b' });
  });

  it('keeps nothing while there is no edition to keep for', async () => {
    const { cache, count } = world(null);
    await cache.read(tx, 'BR', count);
    await cache.read(tx, 'BR', count);
    expect((await cache.read(tx, 'BR', count)).figure).toBe(3);
  });

  it('does not keep figures counted while the edition changed', async () => {
    const { state, cache } = world('a');
    const changing = async () => {
      state.edition = 'b'; // an import commits mid-count
      return { figure: ++state.counts, edition: 'a' };
    };
    expect((await cache.read(tx, 'BR', changing)).figure).toBe(1);
    state.edition = 'a';
    expect((await cache.read(tx, 'BR', async () => ({ figure: ++state.counts, edition: 'a' }))).figure).toBe(
      2,
    );
  });

  it('counts once for requests asking at the same time, and again after a failed count', async () => {
    const { state, cache, count } = world('a');
    const [first, second] = await Promise.all([cache.read(tx, 'BR', count), cache.read(tx, 'BR', count)]);
    expect(first).toBe(second);
    expect(state.counts).toBe(1);
    await expect(cache.read(tx, 'UP', () => Promise.reject(new Error('database gone')))).rejects.toThrow();
    expect((await cache.read(tx, 'UP', count)).figure).toBe(2);
  });

  it('forgets the least recently read beyond its size', async () => {
    const { state, cache, count } = world('a');
    await cache.read(tx, 'BR', count); // 1
    await cache.read(tx, 'UP', count); // 2
    await cache.read(tx, 'BR', count); // kept; UP is now the oldest
    await cache.read(tx, 'MH', count); // 3, UP forgotten
    expect((await cache.read(tx, 'BR', count)).figure).toBe(1);
    expect((await cache.read(tx, 'UP', count)).figure).toBe(4);
    expect(state.counts).toBe(4);
  });
});
