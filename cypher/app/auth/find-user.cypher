// A user by name, for login.
MATCH (user:User {username: $username})
RETURN user.username AS username, user.passwordHash AS passwordHash, user.role AS role,
       user.agency AS agency
