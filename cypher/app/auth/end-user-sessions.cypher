// Ends every session of a user (password change or reset, disabling, "end sessions"), but the one named
// by $keepTokenHash if any.
MATCH (session:Session)-[:SESSION_OF]->(:User {username: $username})
WHERE session.tokenHash <> coalesce($keepTokenHash, '')
DETACH DELETE session
RETURN count(*) AS ended
