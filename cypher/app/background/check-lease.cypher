// Inside a fenced write (after lock-lease): still ours with this fencing number? Then it is extended.
MATCH (lease:Lease {name: $name})
WHERE lease.holder = $holder AND lease.fence = $fence AND lease.expiresAt > $now
SET lease.expiresAt = $now + $ttlMs
RETURN lease.fence AS fence
