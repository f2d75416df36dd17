// A new case, open, its owner its first member. MERGE on the id made before the transaction: a
// transaction the driver runs twice makes one case.
MATCH (owner:User {username: $new.owner})
MERGE (c:Case {id: $new.id})
ON CREATE SET
  c.title = $new.title,
  c.caseRef = $new.caseRef,
  c.description = $new.description,
  c.status = 'open',
  c.owner = $new.owner,
  c.createdAt = datetime(),
  c.updatedAt = datetime(),
  c.blockRequestIds = [],
  c.dealerFlagIds = []
MERGE (owner)-[member:MEMBER_OF]->(c)
ON CREATE SET member.addedAt = datetime(), member.addedBy = $new.owner
RETURN c.id AS id
