// Whether any number is in re-verification or disconnected (otherwise no feed can undo such a status).
MATCH (s:SIM)
WHERE s.status IN ['reverification_pending', 'disconnected']
RETURN count(s) > 0 AS found
LIMIT 1
