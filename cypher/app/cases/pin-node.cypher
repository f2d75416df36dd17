// Pins a node (by its API id, `Label:key`) to a case with a comment; pinning it again replaces the
// comment. The pin names the node by key, not by a relationship (see cypher-plan-guard.ts).
MATCH (c:Case {id: $caseId})
MERGE (c)-[:HAS_PIN]->(pin:CasePin {nodeId: $pin.nodeId})
SET pin.label = $pin.label,
    pin.key = $pin.key,
    pin.comment = $pin.comment,
    pin.pinnedBy = $pin.pinnedBy,
    pin.pinnedAt = datetime()
RETURN pin {id: pin.nodeId, .label, .key, .comment, .pinnedBy, pinnedAt: toString(pin.pinnedAt)} AS pin
