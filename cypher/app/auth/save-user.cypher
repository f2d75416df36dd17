// Creates a user or replaces an existing user's password, role, agency and scope (the command line);
// `created` says which. The password is the user's own, so no change is asked for at next login.
MERGE (user:User {username: $user.username})
ON CREATE SET user.createdAt = datetime(), user.created = true
ON MATCH SET user.updatedAt = datetime(), user.created = false
SET user.passwordHash = $user.passwordHash, user.role = $user.role, user.agency = $user.agency,
    user.circles = $user.circles, user.mustChangePassword = false
WITH user, user.created AS created
REMOVE user.created
RETURN created
