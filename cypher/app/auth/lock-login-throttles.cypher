// Takes the write locks of both counters, username first (every attempt locks in the same order), so the
// statement after it reads them as the last attempt committed them.
MATCH (user:LoginThrottle {key: $userKey})
SET user.lockedAt = $now
WITH user
MATCH (address:LoginThrottle {key: $addressKey})
SET address.lockedAt = $now
