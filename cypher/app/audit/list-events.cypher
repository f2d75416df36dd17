// The audit trail, newest first, filtered by actor, action and time window (each filter optional).
MATCH (event:AuditEvent)
WHERE ($actor IS NULL OR event.actor = $actor)
  AND ($action IS NULL OR event.action = $action OR event.action STARTS WITH $action + '.')
  AND ($from IS NULL OR event.at >= datetime($from))
  AND ($to IS NULL OR event.at < datetime($to))
RETURN event.id AS id, toString(event.at) AS at, event.actor AS actor, event.role AS role,
       event.action AS action, event.target AS target, event.details AS details
ORDER BY event.at DESC, event.id
LIMIT $limit
