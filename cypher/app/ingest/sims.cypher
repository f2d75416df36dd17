// Loads a batch of sims.csv rows with their dealer and identity (validated to exist beforehand). A SIM has
// exactly one dealer and one identity: a row that names others moves the relationships, never adds a
// second one. Statuses set by the telecom department's workflow are not undone here (the validation
// refuses such rows as conflicts).
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
WITH s, d, i
CALL (s, d) {
  MATCH (s)-[old:ISSUED_BY]->(other:Dealer) WHERE other <> d
  DELETE old
}
CALL (s, i) {
  MATCH (s)-[old:REGISTERED_TO]->(other:Identity) WHERE other <> i
  DELETE old
}
