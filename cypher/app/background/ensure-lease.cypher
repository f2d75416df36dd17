// A job's lease node, created the first time (in a transaction of its own: see lock-lease).
MERGE (lease:Lease {name: $name})
ON CREATE SET lease.fence = 0, lease.expiresAt = 0, lease.holder = null
