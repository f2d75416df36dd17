// Stored rings, the most money lost first.
MATCH (r:Ring)
RETURN r {.*} AS ring
ORDER BY r.amountLost DESC, r.handsetCount DESC, r.id
LIMIT $limit
