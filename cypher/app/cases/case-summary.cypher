// A case as lists show it, with its members (the owner first, then in the order they were added), and
// whether the user is one of them. No row: no such case.
MATCH (c:Case {id: $caseId})
RETURN c {.id, .title, .caseRef, .description, .status, .owner,
          members: COLLECT {
            MATCH (u:User)-[m:MEMBER_OF]->(c)
            RETURN u.username ORDER BY u.username <> c.owner, m.addedAt, u.username
          },
          createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt),
          closedAt: toString(c.closedAt)} AS summary,
       EXISTS { (:User {username: $username})-[:MEMBER_OF]->(c) } AS isMember
