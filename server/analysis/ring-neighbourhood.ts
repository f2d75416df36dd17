// The part of the ring-link graph a delta can change: from the handsets it rescored, every connected
// component they are in now, and every stored ring they were in (whose other handsets may now form other
// components), until nothing new is reached. Rings are detected per component, so detecting them on this
// part alone gives exactly the rings a full recompute finds there.
import type { Database } from '../db/database.ts';
import { readInBatches, ringLinksOf, SUSPECT_HANDSET_SCORE } from './analysis-steps.ts';
import type { RingLink } from './rings.ts';

export interface RingNeighbourhood {
  /** Every link of every suspect handset reached. */
  links: RingLink[];
  /** The stored rings that include a handset reached: all to be replaced. */
  storedRingIds: string[];
}

export async function ringNeighbourhood(database: Database, seeds: string[]): Promise<RingNeighbourhood> {
  const reached = new Set<string>();
  const followed = new Set<string>();
  const links: RingLink[] = [];
  const storedRingIds = new Set<string>();
  let frontier = [...new Set(seeds)];
  while (frontier.length > 0) {
    frontier.forEach((imei) => reached.add(imei));
    const frontierLinks = await ringLinksOf(database, frontier);
    for (const link of frontierLinks) links.push(link); // no spread: a frontier can be national
    const fresh = [...new Set(frontierLinks.map(({ link }) => link))].filter((link) => !followed.has(link));
    fresh.forEach((link) => followed.add(link));
    const next = new Set(await linkedHandsets(database, fresh));
    for (const ring of await storedRingsIncluding(database, frontier)) {
      storedRingIds.add(ring.id);
      ring.handsets.forEach((imei) => next.add(imei));
    }
    frontier = [...next].filter((imei) => !reached.has(imei));
  }
  return { links, storedRingIds: [...storedRingIds] };
}

/** The suspect handsets the links (`identity:…`, `number:…`) tie together. */
async function linkedHandsets(database: Database, links: string[]): Promise<string[]> {
  const keysOf = (prefix: string) =>
    links.filter((link) => link.startsWith(prefix)).map((link) => link.slice(prefix.length));
  const params = { minScore: SUSPECT_HANDSET_SCORE };
  const byIdentity = await readInBatches<{ imei: string }>(
    database,
    'app/analysis/ring-link-neighbours',
    keysOf('identity:'),
    'kycIds',
    { ...params, msisdns: [] },
  );
  const byNumber = await readInBatches<{ imei: string }>(
    database,
    'app/analysis/ring-link-neighbours',
    keysOf('number:'),
    'msisdns',
    { ...params, kycIds: [] },
  );
  return [...byIdentity, ...byNumber].map((row) => row.imei);
}

const storedRingsIncluding = (database: Database, imeis: string[]) =>
  readInBatches<{ id: string; handsets: string[] }>(
    database,
    'app/analysis/rings-including',
    imeis,
    'imeis',
    {},
  );
