// Takes the write lock of a job's lease (creating it the first time), so that the statement after it
// reads the lease as the last holder committed it.
MERGE (lease:Lease {name: $name})
ON CREATE SET lease.fence = 0, lease.expiresAt = 0, lease.holder = null
SET lease.lockedAt = $now
