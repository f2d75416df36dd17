// A new password hash: the user's own choice (mustChange false) or a one-time password (mustChange true).
MATCH (user:User {username: $username})
SET user.passwordHash = $passwordHash, user.mustChangePassword = $mustChange,
    user.passwordChangedAt = datetime()
RETURN user.username AS username
