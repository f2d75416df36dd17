// The live session of a token digest and its user as stored now (a changed role, scope or a disabled
// account takes effect at once). Expiry is part of the match: an expired session is not found.
MATCH (session:Session {tokenHash: $tokenHash})-[:SESSION_OF]->(user:User)
WHERE session.expiresAt > $now AND session.lastUsedAt > $now - $idleMs AND NOT coalesce(user.disabled, false)
RETURN user.username AS username, user.role AS role, user.agency AS agency, user.circles AS circles,
       coalesce(user.mustChangePassword, false) AS mustChangePassword,
       session.lastUsedAt AS lastUsedAt, session.revealed AS revealed
