// Makes a user a member of a case; adding a member again changes nothing. Says whether they were new.
MATCH (c:Case {id: $caseId})
MATCH (u:User {username: $username})
OPTIONAL MATCH (u)-[existing:MEMBER_OF]->(c)
MERGE (u)-[member:MEMBER_OF]->(c)
ON CREATE SET member.addedAt = datetime(), member.addedBy = $addedBy
RETURN existing IS NULL AS added
