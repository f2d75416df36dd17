// The cases a user is a member of (owned ones included), most recently changed first.
MATCH (:User {username: $username})-[:MEMBER_OF]->(c:Case)
WHERE $status IS NULL OR c.status = $status
WITH c ORDER BY c.updatedAt DESC, c.id LIMIT $limit
RETURN c {.id, .title, .caseRef, .description, .status, .owner,
          members: COLLECT {
            MATCH (u:User)-[m:MEMBER_OF]->(c)
            RETURN u.username ORDER BY u.username <> c.owner, m.addedAt, u.username
          },
          createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt),
          closedAt: toString(c.closedAt)} AS summary
