// A new user from the Users page, with a one-time password to change at first login. Nothing is
// returned when the username is taken.
OPTIONAL MATCH (taken:User {username: $user.username})
WITH taken WHERE taken IS NULL
MERGE (user:User {username: $user.username})
ON CREATE SET user.createdAt = datetime(), user.passwordHash = $user.passwordHash, user.role = $user.role,
              user.agency = $user.agency, user.circles = $user.circles, user.mustChangePassword = true,
              user.disabled = false
RETURN user.username AS username
