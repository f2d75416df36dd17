// The shortest connecting path between two nodes (found by element id) over the investigation
// relationships, at most 10 hops. The API's smaller maxHops is checked on the result: a pattern cannot
// take it as a parameter, and a WHERE on the path's length would turn Neo4j's fast bidirectional search
// into an exhaustive one.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = shortestPath((a)-[:USED_IN|ISSUED_BY|REGISTERED_TO|FILED|REPORTS*..10]-(b))
RETURN nodes(p) AS nodes, relationships(p) AS relationships
