// The stored rings that include any of the handsets $imeis, with all their handsets.
UNWIND $imeis AS imei
MATCH (:Handset {imei: imei})<-[:INCLUDES]-(r:Ring)
WITH DISTINCT r
RETURN r.id AS id, COLLECT { MATCH (r)-[:INCLUDES]->(h:Handset) RETURN h.imei } AS handsets
