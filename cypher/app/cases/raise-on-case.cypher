// Lists a block request or dealer flag on the case it was raised from. The case keeps the ids (a request
// carries only the case's reference), so nothing outside the case leads to it; adding an id twice keeps one.
MATCH (c:Case {id: $caseId})
SET c.blockRequestIds = CASE WHEN $kind = 'blockRequest' AND NOT $id IN c.blockRequestIds
                             THEN c.blockRequestIds + $id ELSE c.blockRequestIds END,
    c.dealerFlagIds = CASE WHEN $kind = 'dealerFlag' AND NOT $id IN c.dealerFlagIds
                           THEN c.dealerFlagIds + $id ELSE c.dealerFlagIds END,
    c.updatedAt = datetime.transaction()
