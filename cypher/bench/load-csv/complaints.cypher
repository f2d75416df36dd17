// Import benchmark baseline for complaints.csv (see dealers.cypher). Victims write numbers with +91, 0,
// spaces or dashes: the last ten digits after removing those are the number.
LOAD CSV WITH HEADERS FROM $url AS r
CALL (r) {
  MERGE (v:Victim {victimId: r.victim_id})
  SET v.state = r.state, v.district = r.district
  MERGE (c:Complaint {ackNo: r.ack_no})
  SET c.source = r.source, c.category = r.category, c.channel = r.channel,
      c.reportedOn = date(r.reported_on), c.amountInr = toFloat(r.amount_inr)
  MERGE (v)-[:FILED]->(c)
  WITH c, r
  UNWIND split(r.suspect_msisdns, ';') AS written
  MATCH (s:SIM {msisdn: right(replace(replace(written, ' ', ''), '-', ''), 10)})
  MERGE (c)-[:REPORTS]->(s)
} IN TRANSACTIONS OF 10000 ROWS
