// A new login session, stored by the SHA-256 of its token (never the token). MERGE, so a retried
// transaction creates one session, not two.
MATCH (user:User {username: $username})
MERGE (session:Session {tokenHash: $tokenHash})
ON CREATE SET session.createdAt = $now, session.lastUsedAt = $now, session.expiresAt = $expiresAt,
              session.revealed = []
MERGE (session)-[:SESSION_OF]->(user)
