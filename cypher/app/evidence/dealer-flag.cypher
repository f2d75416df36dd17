// One dealer flag as its evidence pack shows it: the workflow's fields and the dealer it names.
MATCH (flag:DealerFlag {id: $id})-[:TARGETS]->(dealer:Dealer)
RETURN flag {.id, .status, .reason, .caseRef, .flaggedBy, .decidedBy, .decisionNote,
             flaggedAt: toString(flag.flaggedAt), decidedAt: toString(flag.decidedAt)} AS flag,
       dealer.posId AS posId
