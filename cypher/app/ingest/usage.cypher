// Loads a batch of usage.csv rows. One relationship per (number, handset, period): the same pair may
// appear in several periods, and the same row imported again changes nothing.
UNWIND $rows AS r
MATCH (s:SIM {msisdn: r.msisdn})
MERGE (h:Handset {imei: r.imei})
  ON CREATE SET h.status = 'active', h.tac = left(r.imei, 8)
MERGE (s)-[:USED_IN {firstSeen: date(r.first_seen), lastSeen: date(r.last_seen)}]->(h)
