// A user who could join a case: their role and whether the account is disabled. No row: no such user.
MATCH (u:User {username: $username})
RETURN u.role AS role, coalesce(u.disabled, false) AS disabled
