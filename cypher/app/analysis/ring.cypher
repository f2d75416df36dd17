// One stored ring with its handsets, highest risk first.
MATCH (r:Ring {id: $id})
CALL (r) {
  MATCH (r)-[:INCLUDES]->(h:Handset)
  WITH h ORDER BY h.riskScore DESC, h.imei
  RETURN collect(h {.imei, .brand, .model, .status, .riskScore}) AS handsets
}
RETURN r {.*} AS ring, handsets
