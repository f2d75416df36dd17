// A case's pins, oldest first.
MATCH (:Case {id: $caseId})-[:HAS_PIN]->(pin:CasePin)
WITH pin ORDER BY pin.pinnedAt, pin.nodeId
RETURN pin {id: pin.nodeId, .label, .key, .comment, .pinnedBy, pinnedAt: toString(pin.pinnedAt)} AS pin
