// Figures counted from data that changes only at known writes (an import changes the complaints), kept by
// this process for the edition of the data they were counted from. An edition is a random id stored in
// Neo4j and replaced in the transaction of every write that changes that data, and it is read in the
// transaction of every request: a process never answers with figures of an edition the database no longer
// has, however many processes share the database, and a lost or evicted entry costs one recount.
import type { ManagedTransaction } from 'neo4j-driver';

/** The data's current edition, or null when nothing counted now may be kept (none, or not settled). */
export type EditionReader = (tx: ManagedTransaction) => Promise<string | null>;

export interface EditionCache<T> {
  /**
   * The figures for `key` at the edition `tx` reads: kept ones, or counted by `count` in `tx` (once for
   * requests asking at the same time). Figures are shared between requests: callers must not change them.
   */
  read(tx: ManagedTransaction, key: string, count: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
}

export function editionCache<T>(edition: EditionReader, maxEntries: number): EditionCache<T> {
  // Oldest first (a Map keeps insertion order): reading an entry moves it to the end.
  const entries = new Map<string, Promise<T>>();
  return {
    async read(tx, key, count) {
      const version = await edition(tx);
      if (version === null) return count(tx);
      const id = `${version}\n${key}`;
      const held = entries.get(id);
      if (held) {
        entries.delete(id);
        entries.set(id, held);
        return held;
      }
      const counting = count(tx).then(async (figures) => {
        // Written while being counted: right for this request, not to be kept for the new edition's.
        if ((await edition(tx)) !== version) entries.delete(id);
        return figures;
      });
      counting.catch(() => entries.delete(id));
      entries.set(id, counting);
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return counting;
    },
  };
}
