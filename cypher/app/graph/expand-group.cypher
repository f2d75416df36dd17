// One page of the neighbours of one node (by element id) in one of its neighbour groups (see
// neighbour-groups.cypher: $kind, and $spec {field, month} with $value, or no $spec for the whole kind),
// in expand.cypher's order and columns, with the group's total, so an opened group pages like an expand.
MATCH (n) WHERE elementId(n) = $elementId
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE type(r) IN $types AND $kind IN labels(m)
  WITH r, m,
    CASE
      WHEN $spec IS NULL THEN null
      WHEN $spec.month THEN substring(toString(m[$spec.field]), 0, 7)
      ELSE toString(m[$spec.field])
    END AS value
  WHERE $spec IS NULL OR value = $value OR (value IS NULL AND $value IS NULL)
  WITH r, m, COUNT { (m)<-[:REPORTS]-() } AS reports
  ORDER BY reports DESC, coalesce(r.lastSeen, m.reportedOn, m.activatedOn, m.registeredOn) DESC, elementId(r)
  WITH collect({r: r, m: m}) AS links
  RETURN [link IN links[$offset..($offset + $limit)] | link.r] AS relationships,
    [link IN links[$offset..($offset + $limit)] | link.m] AS neighbours, size(links) AS total
}
// Numbers that victims reported, with their complaints and the money lost, so the canvas can mark them.
CALL (n, neighbours) {
  UNWIND [n] + neighbours AS m
  WITH DISTINCT m WHERE m:SIM
  MATCH (complaint:Complaint)-[:REPORTS]->(m)
  WITH m, count(complaint) AS complaints, coalesce(sum(complaint.amountInr), 0) AS lost
  RETURN collect({msisdn: m.msisdn, complaints: complaints, amountLostInr: lost}) AS reported
}
RETURN $label AS label, $key AS key, n, relationships, neighbours, total, reported
