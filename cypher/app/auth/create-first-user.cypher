// The first user of an empty deployment (the admin of RINGSIDE_ADMIN_PASSWORD): created only when the
// database has no user at all, and never changed afterwards. Processes that start together may all find
// no user; the uniqueness constraint on User.username makes their MERGEs wait for the first one, whose
// node the others then match and leave as it is (`created` false).
OPTIONAL MATCH (anyone:User)
WITH count(anyone) AS users
WHERE users = 0
MERGE (user:User {username: $user.username})
ON CREATE SET user.createdAt = datetime(), user.passwordHash = $user.passwordHash, user.role = $user.role,
              user.agency = $user.agency, user.circles = $user.circles, user.mustChangePassword = true,
              user.disabled = false, user.created = true
WITH user, coalesce(user.created, false) AS created
REMOVE user.created
RETURN created
