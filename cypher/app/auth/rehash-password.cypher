// Replaces a hash of an older kind (before the pepper) by a new one of the same password.
MATCH (user:User {username: $username})
SET user.passwordHash = $passwordHash
