// The content stored for these complaints: what, when, how much, whose, against which numbers.
UNWIND $keys AS key
MATCH (c:Complaint {ackNo: key})
RETURN key, {source: c.source, category: c.category, channel: c.channel,
             reported_on: toString(c.reportedOn), amount_inr: c.amountInr,
             victim_id: [(v:Victim)-[:FILED]->(c) | v.victimId][0],
             suspect_msisdns: [(c)-[:REPORTS]->(s:SIM) | s.msisdn]} AS stored
