// Stored rings, the most money lost first; with $circles, only rings with a handset used with a number
// of those circles.
MATCH (r:Ring)
WHERE $circles IS NULL
   OR EXISTS { (r)-[:INCLUDES]->(:Handset)<-[:USED_IN]-(sim:SIM) WHERE sim.circle IN $circles }
RETURN r {.*} AS ring
ORDER BY r.amountLost DESC, r.handsetCount DESC, r.id
LIMIT $limit
