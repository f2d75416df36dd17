// Import benchmark baseline for sims.csv (see dealers.cypher).
LOAD CSV WITH HEADERS FROM $url AS r
CALL (r) {
  MERGE (s:SIM {msisdn: r.msisdn})
    ON CREATE SET s.status = coalesce(r.status, 'active')
  SET s.operator = r.operator, s.circle = r.circle, s.activatedOn = date(r.activated_on),
      s.status = coalesce(r.status, s.status)
  WITH s, r
  MATCH (d:Dealer {posId: r.pos_id})
  MATCH (i:Identity {kycId: r.kyc_id})
  MERGE (s)-[:ISSUED_BY]->(d)
  MERGE (s)-[:REGISTERED_TO]->(i)
} IN TRANSACTIONS OF 10000 ROWS
