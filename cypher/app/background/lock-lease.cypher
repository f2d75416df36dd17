// Takes the write lock of a job's lease, so that the statement after it reads the lease as the last
// holder committed it. MATCH and SET, not MERGE: a MERGE's shared lock upgraded here would deadlock.
MATCH (lease:Lease {name: $name})
SET lease.lockedAt = $now
