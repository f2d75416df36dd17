// The user's cases (those they are a member of): how many open and closed, and the $limit most recently
// changed.
MATCH (:User {username: $username})-[:MEMBER_OF]->(c:Case)
WITH c ORDER BY c.updatedAt DESC, c.id
WITH collect(c {.id, .title, .caseRef, .status, updatedAt: toString(c.updatedAt)}) AS cases
RETURN size([c IN cases WHERE c.status = 'open']) AS open,
       size([c IN cases WHERE c.status = 'closed']) AS closed, cases[0..$limit] AS recent
