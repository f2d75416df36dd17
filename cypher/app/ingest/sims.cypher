// Loads a batch of sims.csv rows with their dealer and identity (validated to exist beforehand).
UNWIND $rows AS r
MERGE (s:SIM {msisdn: r.msisdn})
  ON CREATE SET s.status = coalesce(r.status, 'active')
SET s.operator = r.operator, s.circle = r.circle, s.activatedOn = date(r.activated_on),
    s.status = coalesce(r.status, s.status)
WITH s, r
MATCH (d:Dealer {posId: r.pos_id})
MATCH (i:Identity {kycId: r.kyc_id})
MERGE (s)-[:ISSUED_BY]->(d)
MERGE (s)-[:REGISTERED_TO]->(i)
