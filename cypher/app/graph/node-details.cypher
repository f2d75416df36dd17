// One node (by element id, from resolve-nodes) with its neighbours counted by relationship type, direction
// and label ($types: the investigation relationship types); no neighbour leaves the database.
MATCH (n) WHERE elementId(n) = $elementId
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE type(r) IN $types
  WITH type(r) AS type, startNode(r) = n AS outgoing, labels(m)[0] AS label, count(*) AS count
  ORDER BY type, label
  RETURN collect({type: type, direction: CASE WHEN outgoing THEN 'out' ELSE 'in' END, label: label, count: count})
    AS neighbours
}
RETURN n, neighbours
