// The relationships among an alert's evidence nodes (by element id), for its small graph.
UNWIND $elementIds AS elementId
MATCH (n) WHERE elementId(n) = elementId
MATCH (n)-[r]->(m)
WHERE elementId(m) IN $elementIds
RETURN r
