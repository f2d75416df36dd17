// Failed logins (audited as auth.login_failed: wrong credentials, or refused while locked) since $from (a
// date, from its start in India's time), by the index on action and time: how many, and the $limit newest
// with the username tried and the event's details (reason, address), a JSON string.
WITH datetime({date: date($from), timezone: 'Asia/Kolkata'}) AS since
CALL (since) {
  MATCH (event:AuditEvent)
  WHERE event.action = 'auth.login_failed' AND event.at >= since
  RETURN count(event) AS count
}
CALL (since) {
  // Left to itself, the planner reads the at index for the order and filters every event since.
  MATCH (event:AuditEvent)
  USING INDEX event:AuditEvent(action, at)
  WHERE event.action = 'auth.login_failed' AND event.at >= since
  WITH event ORDER BY event.at DESC, event.id LIMIT $limit
  RETURN collect({at: toString(event.at), username: event.actor, details: event.details}) AS recent
}
RETURN count, recent
