// Appends one audit event; called inside the transaction of the change it records, so both commit or
// neither does. Details are a JSON string (Neo4j properties cannot hold maps). MERGE on an id made before
// the transaction: a transaction the driver runs twice records its event once, and never changes it.
MERGE (event:AuditEvent {id: $event.id})
ON CREATE SET
  event.at = datetime(),
  event.actor = $event.actor,
  event.role = $event.role,
  event.action = $event.action,
  event.target = $event.target,
  event.details = $event.details
