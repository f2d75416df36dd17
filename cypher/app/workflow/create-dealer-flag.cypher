// A pending flag asking for a dealer to be blacklisted; the dealer shows as `flagged` meanwhile.
MATCH (dealer:Dealer {posId: $flag.posId})
CREATE (flag:DealerFlag {
  id: $flag.id,
  status: 'pending',
  reason: $flag.reason,
  flaggedBy: $flag.flaggedBy,
  flaggedAt: datetime()
})-[:TARGETS]->(dealer)
SET dealer.status = 'flagged'
