// Lets one session see an identity outside its user's scope, for as long as the session lives.
MATCH (session:Session {tokenHash: $tokenHash})
SET session.revealed = CASE WHEN $kycId IN session.revealed THEN session.revealed
                            ELSE session.revealed + $kycId END
