// The decision trail of an evidence pack: every audit event about its subjects ($targets, as `Label:key`)
// with the actor's role and agency, in the order they happened. The downloads of packs themselves are
// left out: fetching a pack does not change what it holds.
MATCH (event:AuditEvent)
WHERE event.target IN $targets AND NOT event.action STARTS WITH 'evidence_pack.'
OPTIONAL MATCH (user:User {username: event.actor})
RETURN event.id AS id, toString(event.at) AS at, event.actor AS actor, event.role AS role,
       user.agency AS agency, event.action AS action, event.target AS target, event.details AS details
ORDER BY event.at, event.id
