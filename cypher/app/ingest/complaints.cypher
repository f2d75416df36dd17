// Loads a batch of complaints.csv rows: the victim, the complaint, and the numbers it reports. A
// complaint has one victim and exactly the numbers its row names (an accepted change moves them).
UNWIND $rows AS r
MERGE (v:Victim {victimId: r.victim_id})
SET v.state = r.state, v.district = r.district
MERGE (c:Complaint {ackNo: r.ack_no})
SET c.source = r.source, c.category = r.category, c.channel = r.channel,
    c.reportedOn = date(r.reported_on), c.amountInr = r.amount_inr
MERGE (v)-[:FILED]->(c)
WITH c, v, r
CALL (c, v) {
  MATCH (other:Victim)-[old:FILED]->(c) WHERE other <> v
  DELETE old
}
CALL (c, r) {
  MATCH (c)-[old:REPORTS]->(s:SIM) WHERE NOT s.msisdn IN r.suspect_msisdns
  DELETE old
}
WITH c, r
UNWIND r.suspect_msisdns AS msisdn
MATCH (s:SIM {msisdn: msisdn})
MERGE (c)-[:REPORTS]->(s)
