// A pending flag asking for a dealer to be blacklisted; the dealer shows as `flagged` meanwhile. A flag
// raised from a case carries the case's reference (FIR or complaint number).
MATCH (dealer:Dealer {posId: $flag.posId})
CREATE (flag:DealerFlag {
  id: $flag.id,
  status: 'pending',
  reason: $flag.reason,
  flaggedBy: $flag.flaggedBy,
  caseRef: $flag.caseRef,
  flaggedAt: datetime()
})-[:TARGETS]->(dealer)
SET dealer.status = 'flagged'
