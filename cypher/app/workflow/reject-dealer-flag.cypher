// Rejection: the dealer returns to `active` (or to its expired blacklist's record, which stays).
MATCH (flag:DealerFlag {id: $id})-[:TARGETS]->(dealer:Dealer)
SET flag.status = 'rejected', flag.decidedBy = $decidedBy, flag.decidedAt = datetime(),
    flag.decisionNote = $note
WITH flag, dealer
WHERE dealer.status = 'flagged'
SET dealer.status = CASE WHEN dealer.blacklistedUntil IS NULL THEN 'active' ELSE 'blacklisted' END
RETURN dealer.posId AS posId, null AS blacklistedUntil
