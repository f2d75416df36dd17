// A successful login: the user's failures are forgiven, and this attempt no longer counts on the address.
OPTIONAL MATCH (user:LoginThrottle {key: $userKey})
SET user.attempts = []
WITH count(*) AS done
OPTIONAL MATCH (address:LoginThrottle {key: $addressKey})
SET address.attempts = [attempt IN address.attempts WHERE attempt <> $attempt]
