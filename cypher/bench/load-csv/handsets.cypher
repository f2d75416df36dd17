// Import benchmark baseline for handsets.csv (see dealers.cypher).
LOAD CSV WITH HEADERS FROM $url AS r
CALL (r) {
  MERGE (h:Handset {imei: r.imei})
    ON CREATE SET h.status = 'active', h.tac = left(r.imei, 8)
  SET h.brand = coalesce(r.brand, h.brand), h.model = coalesce(r.model, h.model)
} IN TRANSACTIONS OF 10000 ROWS
