// Ends a user's membership of a case; says how many memberships ended (0 or 1).
MATCH (:User {username: $username})-[member:MEMBER_OF]->(:Case {id: $caseId})
DELETE member
RETURN count(*) AS removed
