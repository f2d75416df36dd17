// Counts a login attempt before its password is checked (so a burst cannot check more than the limit):
// on the username, unless it is locked already, and on the client's address. Attempts are times in
// milliseconds (with a random fraction, so one can be taken back on success) within the window. Runs
// after lock-login-throttles in the same transaction.
MATCH (user:LoginThrottle {key: $userKey})
SET user.attempts = [attempt IN user.attempts WHERE attempt > $since]
WITH user, size(user.attempts) >= $maxFailures AS locked
SET user.attempts = CASE WHEN locked THEN user.attempts ELSE user.attempts + $attempt END
WITH user, locked
MATCH (address:LoginThrottle {key: $addressKey})
SET address.attempts = [attempt IN address.attempts WHERE attempt > $since][-999..] + $attempt
RETURN locked, user.attempts[0] AS oldestAttempt, size(address.attempts) - 1 AS earlierAddressAttempts
