// Every user for the Users page, with their live sessions and when they were last seen; never a hash.
MATCH (user:User)
OPTIONAL MATCH (session:Session)-[:SESSION_OF]->(user)
WHERE session.expiresAt > $now AND session.lastUsedAt > $now - $idleMs
WITH user, count(session) AS sessions, max(session.lastUsedAt) AS lastSeen
RETURN user.username AS username, user.role AS role, user.agency AS agency, user.circles AS circles,
       coalesce(user.disabled, false) AS disabled,
       coalesce(user.mustChangePassword, false) AS mustChangePassword, sessions, lastSeen,
       toString(user.createdAt) AS createdAt
ORDER BY username
