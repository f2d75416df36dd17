// The relationships among a few nodes (by element id): an alert's evidence, a saved view's nodes.
UNWIND $elementIds AS elementId
MATCH (n) WHERE elementId(n) = elementId
MATCH (n)-[r]->(m)
WHERE elementId(m) IN $elementIds
RETURN r
