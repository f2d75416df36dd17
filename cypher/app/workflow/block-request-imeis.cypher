// The handsets of a block request, in a fixed order (marking resumes after the ones it has done).
MATCH (:BlockRequest {id: $id})-[:TARGETS]->(handset:Handset)
RETURN handset.imei AS imei
ORDER BY imei
