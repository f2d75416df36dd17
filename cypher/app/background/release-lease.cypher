// A holder done with its job gives the lease back at once (others need not wait for it to expire).
MATCH (lease:Lease {name: $name})
WHERE lease.holder = $holder AND lease.fence = $fence
SET lease.expiresAt = 0
