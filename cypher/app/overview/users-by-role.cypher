// Users by role, with how many of them are disabled.
MATCH (user:User)
RETURN user.role AS role, count(*) AS users, count(CASE WHEN user.disabled THEN 1 END) AS disabled
ORDER BY role
