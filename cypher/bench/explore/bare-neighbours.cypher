// Explore benchmark floor: the first 100 neighbours of a node, unranked, as plain Cypher can fetch them.
MATCH (n) WHERE elementId(n) = $elementId
MATCH (n)--(m)
RETURN m
LIMIT 100
