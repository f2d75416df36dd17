// Creates a user or replaces an existing user's password, role and agency; `created` says which.
MERGE (user:User {username: $user.username})
ON CREATE SET user.createdAt = datetime(), user.created = true
ON MATCH SET user.updatedAt = datetime(), user.created = false
SET user.passwordHash = $user.passwordHash, user.role = $user.role, user.agency = $user.agency
WITH user, user.created AS created
REMOVE user.created
RETURN created
