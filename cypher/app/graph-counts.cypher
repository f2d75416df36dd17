// Nodes and relationships of the investigation graph (not users, sessions, leases or journals): import
// reports and tests compare them.
CALL () {
  MATCH (n) WHERE n:SIM OR n:Handset OR n:Dealer OR n:Identity OR n:Victim OR n:Complaint
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (n)-[r:USED_IN|ISSUED_BY|REGISTERED_TO|FILED|REPORTS]->() RETURN count(r) AS relationships
}
RETURN nodes, relationships
