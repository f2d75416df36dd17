// Logout: the session is gone.
MATCH (session:Session {tokenHash: $tokenHash})
DETACH DELETE session
