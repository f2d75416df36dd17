// Every audit event about a case, its block requests, its dealer flags and the alerts assigned to it, in
// the order they happened.
MATCH (c:Case {id: $caseId})
WITH ['Case:' + c.id] + [id IN c.blockRequestIds | 'BlockRequest:' + id]
     + [id IN c.dealerFlagIds | 'DealerFlag:' + id]
     + [id IN coalesce(c.alertIds, []) | 'Alert:' + id] AS targets
MATCH (event:AuditEvent)
WHERE event.target IN targets
RETURN event.id AS id, toString(event.at) AS at, event.actor AS actor, event.role AS role,
       event.action AS action, event.target AS target, event.details AS details
ORDER BY event.at, event.id
