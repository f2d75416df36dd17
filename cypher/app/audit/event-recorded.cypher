// Whether the audit event with this id is recorded: a change whose event is there has committed already
// (its transaction is being run again by the driver).
RETURN EXISTS { MATCH (event:AuditEvent {id: $id}) } AS recorded
