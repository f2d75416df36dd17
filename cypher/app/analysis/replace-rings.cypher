// Stores the rings of a recompute, each tied to its handsets (run after clear-rings, in one transaction).
UNWIND $rings AS ring
CREATE (r:Ring {
  id: ring.id, handsetCount: size(ring.handsets), numberCount: ring.numbers, circles: ring.circles,
  identityCount: ring.identities, complaintCount: ring.complaints, amountLost: ring.amountLost,
  lastComplaintOn: ring.lastComplaintOn, dealers: ring.dealers, computedAt: $computedAt
})
WITH r, ring
UNWIND ring.handsets AS imei
MATCH (h:Handset {imei: imei})
CREATE (r)-[:INCLUDES]->(h)
