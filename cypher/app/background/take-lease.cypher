// The lease is ours if we hold it or nobody holds it any more. A new holder gets a new fencing number,
// so writes of a holder that lost the lease can be told apart and refused.
MATCH (lease:Lease {name: $name})
WITH lease, lease.holder = $holder AND lease.expiresAt > $now AS ours
WHERE ours OR lease.expiresAt <= $now
SET lease.fence = CASE WHEN ours THEN lease.fence ELSE lease.fence + 1 END,
    lease.holder = $holder, lease.expiresAt = $now + $ttlMs
RETURN lease.fence AS fence
