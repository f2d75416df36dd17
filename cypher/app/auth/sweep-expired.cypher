// Housekeeping: sessions past their end and login counters with no attempt left in the window.
CALL () {
  MATCH (session:Session)
  WHERE session.expiresAt <= $now OR session.lastUsedAt <= $now - $idleMs
  WITH session LIMIT 10000
  DETACH DELETE session
  RETURN count(*) AS sessions
}
CALL () {
  MATCH (throttle:LoginThrottle)
  WHERE all(attempt IN throttle.attempts WHERE attempt <= $since)
  WITH throttle LIMIT 10000
  DELETE throttle
  RETURN count(*) AS throttles
}
RETURN sessions, throttles
