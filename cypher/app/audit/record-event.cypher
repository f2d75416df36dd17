// Appends one audit event; called inside the transaction of the change it records, so both commit or
// neither does. Details are a JSON string (Neo4j properties cannot hold maps).
CREATE (event:AuditEvent {
  id: $event.id,
  at: datetime(),
  actor: $event.actor,
  role: $event.role,
  action: $event.action,
  target: $event.target,
  details: $event.details
})
