// Neighbours of each node (by element id, from resolve-nodes), the most relevant first: numbers named in
// complaints, then the most recent links. Only `$limit` a node leave the database (from `$offset`), with
// the total, so the explorer can show "+N more" on a farm handset or a cloned IMEI with thousands of numbers.
// $types is never empty: the server passes its whitelist, so workflow nodes (rings, requests) stay out.
UNWIND $elementIds AS elementId
MATCH (n) WHERE elementId(n) = elementId
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
RETURN n, relationships, neighbours, total
