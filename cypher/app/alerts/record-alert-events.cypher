// The audit events of a batch of raised or updated alerts (record-event's statement, for many events in
// the transaction that raised them).
UNWIND $events AS e
MERGE (event:AuditEvent {id: e.id})
ON CREATE SET
  event.at = datetime(),
  event.actor = $actor.username,
  event.role = $actor.role,
  event.action = e.action,
  event.target = e.target,
  event.details = e.details
