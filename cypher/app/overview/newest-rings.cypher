// The rings victims reported most recently (the day of their newest complaint, stored with the ring by the
// recompute), read backwards along the lastComplaintOn index, then the most money lost; rings nobody has
// reported are not listed. With $circles, only rings with a number of those circles (the circles stored
// with the ring; a ring stored before they were kept is looked at through its handsets, as the rings list
// does).
MATCH (ring:Ring)
WHERE ring.lastComplaintOn IS NOT NULL
  AND ($circles IS NULL
       OR any(circle IN ring.circles WHERE circle IN $circles)
       OR (ring.circles IS NULL
           AND EXISTS { (ring)-[:INCLUDES]->(:Handset)<-[:USED_IN]-(sim:SIM) WHERE sim.circle IN $circles }))
// Ordered and cut before the projection: the planner then reads the index backwards and stops after the
// newest days' rings (a partial top), where a projection first read every ring reported (1,901 national).
WITH ring ORDER BY ring.lastComplaintOn DESC, ring.amountLost DESC, ring.id LIMIT $limit
RETURN ring {.id, .handsetCount, .numberCount, .complaintCount, .amountLost, .lastComplaintOn} AS ring
ORDER BY ring.lastComplaintOn DESC, ring.amountLost DESC, ring.id
