// Takes a case's write lock before anything about it is read: every change to a case does this first,
// so concurrent changes queue and each sees the one before. Says whether the user is a member, and how
// much the case holds (for the caps). No row: no such case.
MATCH (c:Case {id: $caseId})
SET c.caseLock = true
REMOVE c.caseLock
RETURN c.id AS id, c.status AS status, c.owner AS owner, c.caseRef AS caseRef,
       EXISTS { (:User {username: $username})-[:MEMBER_OF]->(c) } AS isMember,
       COUNT { (:User)-[:MEMBER_OF]->(c) } AS members,
       COUNT { (c)-[:HAS_NOTE]->(:CaseNote) } AS notes,
       COUNT { (c)-[:HAS_VIEW]->(:CaseView) } AS views,
       COUNT { (c)-[:HAS_PIN]->(:CasePin) } AS pins,
       size(c.blockRequestIds) + size(c.dealerFlagIds) AS raised
