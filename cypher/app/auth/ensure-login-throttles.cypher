// The counters of a username and of an address, created when first needed. In a transaction of its own:
// a MERGE that matches holds a shared lock, and upgrading it in the same transaction deadlocks bursts.
MERGE (user:LoginThrottle {key: $userKey})
ON CREATE SET user.attempts = []
MERGE (address:LoginThrottle {key: $addressKey})
ON CREATE SET address.attempts = []
