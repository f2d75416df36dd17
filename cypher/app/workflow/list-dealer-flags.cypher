// Dealer flags, newest first, with the dealer's evidence: its risk score and reasons, numbers sold, and
// how many of them went into suspect handsets. A blacklist past its end date says so.
MATCH (flag:DealerFlag)-[:TARGETS]->(dealer:Dealer)
WHERE ($status IS NULL OR flag.status = $status)
  AND ($flaggedBy IS NULL OR flag.flaggedBy = $flaggedBy)
WITH flag, dealer ORDER BY flag.flaggedAt DESC, flag.id LIMIT $limit
RETURN flag {.id, .status, .reason, .caseRef, .flaggedBy, .decidedBy, .decisionNote,
             flaggedAt: toString(flag.flaggedAt), decidedAt: toString(flag.decidedAt)} AS flag,
       dealer {.posId, .name, .operator, .circle, .status, score: dealer.riskScore,
               reasons: coalesce(dealer.riskReasons, []),
               blacklistedOn: toString(dealer.blacklistedOn),
               blacklistedUntil: toString(dealer.blacklistedUntil),
               blacklistExpired: coalesce(dealer.blacklistedUntil < date(), false),
               numbersSold: COUNT { (dealer)<-[:ISSUED_BY]-(:SIM) }} AS dealer
