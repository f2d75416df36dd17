// Import benchmark baseline for usage.csv (see dealers.cypher).
LOAD CSV WITH HEADERS FROM $url AS r
CALL (r) {
  MATCH (s:SIM {msisdn: r.msisdn})
  MERGE (h:Handset {imei: r.imei})
    ON CREATE SET h.status = 'active', h.tac = left(r.imei, 8)
  MERGE (s)-[:USED_IN {firstSeen: date(r.first_seen), lastSeen: date(r.last_seen)}]->(h)
} IN TRANSACTIONS OF 10000 ROWS
