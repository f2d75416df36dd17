// Leases in Neo4j: one (:Lease {name}) node per job with its holder, expiry and a fencing number, taken
// and renewed in write transactions. With several app processes, a job runs in one of them at a time;
// when its holder dies, another takes it over once the lease has expired. Each write a job makes checks,
// in its own transaction, that the lease is still held with the same fencing number, so a holder that
// was paused past its expiry cannot write over its successor.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';

export const LEASE_TTL_MS = 30_000;

export interface Lease {
  name: string;
  holder: string;
  fence: number;
}

export class LeaseLostError extends Error {
  constructor(readonly lease: Lease) {
    super(`the lease ${lease.name} is no longer held by ${lease.holder}`);
  }
}

/** The lease, or undefined when another holder has it. */
export async function takeLease(
  database: Database,
  name: string,
  holder: string,
  ttlMs = LEASE_TTL_MS,
): Promise<Lease | undefined> {
  await database.writeTx((tx) => tx.run(cypher('app/background/ensure-lease'), { name }));
  const fence = await database.writeTx(
    async (tx) => {
      const now = Date.now();
      await tx.run(cypher('app/background/lock-lease'), { name, now });
      const result = await tx.run(cypher('app/background/take-lease'), { name, holder, now, ttlMs });
      return result.records[0]?.get('fence') as number | undefined;
    },
    { metadata: { app: 'ringside', action: 'lease', lease: name } },
  );
  return fence === undefined ? undefined : { name, holder, fence };
}

/** Call first in a fenced write: throws LeaseLostError unless the lease is still ours; extends it. */
export async function assertLease(tx: ManagedTransaction, lease: Lease, ttlMs = LEASE_TTL_MS): Promise<void> {
  const now = Date.now();
  await tx.run(cypher('app/background/lock-lease'), { name: lease.name, now });
  const result = await tx.run(cypher('app/background/check-lease'), { ...lease, now, ttlMs });
  if (result.records.length === 0) throw new LeaseLostError(lease);
}

/** Gives the lease back, if it is still ours. */
export async function releaseLease(database: Database, lease: Lease): Promise<void> {
  await database.writeTx((tx) => tx.run(cypher('app/background/release-lease'), lease));
}

export interface HeldLease {
  lease: Lease;
  /** False once a renewal found the lease taken over (this holder was paused past its expiry). */
  isHeld(): boolean;
  /** Stops renewing and gives the lease back. */
  release(): Promise<void>;
}

/**
 * Takes the lease and renews it every third of its time until released, for a job that may run longer
 * than the lease lasts; undefined when another holder has it.
 */
export async function holdLease(
  database: Database,
  name: string,
  holder: string,
  ttlMs = LEASE_TTL_MS,
): Promise<HeldLease | undefined> {
  const lease = await takeLease(database, name, holder, ttlMs);
  if (!lease) return undefined;
  let held = true;
  const renew = setInterval(() => {
    takeLease(database, name, holder, ttlMs)
      .then((renewed) => {
        if (!renewed || renewed.fence !== lease.fence) held = false;
      })
      .catch(() => {}); // the database is away: the next renewal tries again, or the lease expires
  }, ttlMs / 3);
  renew.unref();
  return {
    lease,
    isHeld: () => held,
    release: async () => {
      clearInterval(renew);
      await releaseLease(database, lease).catch(() => {}); // a lease not given back expires by itself
    },
  };
}
