// A user by name, for login and password changes.
MATCH (user:User {username: $username})
RETURN user.username AS username, user.passwordHash AS passwordHash, user.role AS role,
       user.agency AS agency, user.circles AS circles, coalesce(user.disabled, false) AS disabled,
       coalesce(user.mustChangePassword, false) AS mustChangePassword
