// Marks a session used (its idle time starts again).
MATCH (session:Session {tokenHash: $tokenHash})
WHERE session.lastUsedAt < $now
SET session.lastUsedAt = $now
