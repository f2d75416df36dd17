// The rings victims reported most recently (the day of their newest complaint, stored with the ring by
// the recompute), then the most money lost; with $circles, only rings with a handset used with a number
// of those circles (as the rings list). A country has a few thousand rings: sorting them is cheap.
MATCH (ring:Ring)
WHERE $circles IS NULL
   OR EXISTS { (ring)-[:INCLUDES]->(:Handset)<-[:USED_IN]-(sim:SIM) WHERE sim.circle IN $circles }
RETURN ring {.id, .handsetCount, .numberCount, .complaintCount, .amountLost, .lastComplaintOn} AS ring
ORDER BY coalesce(ring.lastComplaintOn, '') DESC, ring.amountLost DESC, ring.id
LIMIT $limit
