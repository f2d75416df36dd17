// Disables or enables an account; a disabled user's sessions stop working at once (find-session).
MATCH (user:User {username: $username})
SET user.disabled = $disabled
RETURN user.username AS username
