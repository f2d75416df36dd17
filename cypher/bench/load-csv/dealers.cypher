// Import benchmark baseline: Neo4j's own LOAD CSV builds the same graph as app/ingest/dealers, unvalidated.
LOAD CSV WITH HEADERS FROM $url AS r
CALL (r) {
  MERGE (d:Dealer {posId: r.pos_id})
    ON CREATE SET d.status = 'active'
  SET d.name = r.name, d.operator = r.operator, d.circle = r.circle, d.registeredOn = date(r.registered_on)
} IN TRANSACTIONS OF 10000 ROWS
