// Approval: the dealer is blacklisted for three years from the decision (the government's term for rogue
// points of sale), with the flag's reason.
MATCH (flag:DealerFlag {id: $id})-[:TARGETS]->(dealer:Dealer)
SET flag.status = 'approved', flag.decidedBy = $decidedBy, flag.decidedAt = datetime(),
    flag.decisionNote = $note,
    dealer.status = 'blacklisted', dealer.blacklistedOn = date(),
    dealer.blacklistedUntil = date() + duration({years: 3}), dealer.blacklistReason = flag.reason,
    dealer.blacklistFlagId = flag.id
RETURN dealer.posId AS posId, toString(dealer.blacklistedUntil) AS blacklistedUntil
