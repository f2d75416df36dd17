// Removes a pin from a case; says how many went (0 or 1).
MATCH (:Case {id: $caseId})-[:HAS_PIN]->(pin:CasePin {nodeId: $nodeId})
DETACH DELETE pin
RETURN count(*) AS removed
