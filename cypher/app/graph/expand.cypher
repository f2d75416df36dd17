// Neighbours of nodes named by label and key, the most relevant first: numbers named in complaints, then
// the most recent links. One statement (lookup, neighbours and totals) so an expand is one round trip.
// Only `$limit` a node leave the database (from `$offset`), with the total, so the explorer can show
// "+N more" on a farm handset or a cloned IMEI with thousands of numbers. A reference to an absent node
// gives no row. $types is never empty: the server passes its whitelist, so workflow nodes stay out.
// The lookup is the one in resolve-nodes.cypher (a unit test keeps both in step with NODE_KINDS).
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Handset {imei: ref.key}) WHERE ref.label = 'Handset' RETURN n
  UNION ALL
  MATCH (n:SIM {msisdn: ref.key}) WHERE ref.label = 'SIM' RETURN n
  UNION ALL
  MATCH (n:Dealer {posId: ref.key}) WHERE ref.label = 'Dealer' RETURN n
  UNION ALL
  MATCH (n:Identity {kycId: ref.key}) WHERE ref.label = 'Identity' RETURN n
  UNION ALL
  MATCH (n:Victim {victimId: ref.key}) WHERE ref.label = 'Victim' RETURN n
  UNION ALL
  MATCH (n:Complaint {ackNo: ref.key}) WHERE ref.label = 'Complaint' RETURN n
}
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE type(r) IN $types
  WITH r, m, COUNT { (m)<-[:REPORTS]-() } AS reports
  ORDER BY reports DESC, coalesce(r.lastSeen, m.reportedOn, m.activatedOn, m.registeredOn) DESC, elementId(r)
  SKIP $offset
  LIMIT $limit
  RETURN collect(r) AS relationships, collect(m) AS neighbours
}
CALL (n) {
  MATCH (n)-[r]-()
  WHERE type(r) IN $types
  RETURN count(r) AS total
}
// Numbers that victims reported, with their complaints and the money lost, so the canvas can mark them.
CALL (n, neighbours) {
  UNWIND [n] + neighbours AS m
  WITH DISTINCT m WHERE m:SIM
  MATCH (complaint:Complaint)-[:REPORTS]->(m)
  WITH m, count(complaint) AS complaints, coalesce(sum(complaint.amountInr), 0) AS lost
  RETURN collect({msisdn: m.msisdn, complaints: complaints, amountLostInr: lost}) AS reported
}
RETURN ref.label AS label, ref.key AS key, n, relationships, neighbours, total, reported
