// The IMEIs a block request targets.
MATCH (:BlockRequest {id: $id})-[:TARGETS]->(h:Handset)
RETURN h.imei AS imei
ORDER BY imei
