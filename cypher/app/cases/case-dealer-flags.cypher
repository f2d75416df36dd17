// The dealer flags raised from a case, oldest first, with their status and dealer.
MATCH (c:Case {id: $caseId})
UNWIND c.dealerFlagIds AS flagId
MATCH (flag:DealerFlag {id: flagId})-[:TARGETS]->(dealer:Dealer)
WITH flag, dealer ORDER BY flag.flaggedAt, flag.id
RETURN flag {.id, .status, .reason, .caseRef, .flaggedBy, .decidedBy, .decisionNote,
             flaggedAt: toString(flag.flaggedAt), decidedAt: toString(flag.decidedAt),
             posId: dealer.posId, dealerName: dealer.name, dealerStatus: dealer.status} AS flag
