// Dealer flags awaiting a decision (the status index): how many, and the $limit longest waiting with
// their dealer and age in whole days.
MATCH (flag:DealerFlag {status: 'pending'})-[:TARGETS]->(dealer:Dealer)
WITH flag, dealer ORDER BY flag.flaggedAt, flag.id
WITH collect(flag {.id, .caseRef, .flaggedBy, flaggedAt: toString(flag.flaggedAt),
                   ageDays: duration.inDays(flag.flaggedAt, datetime()).days,
                   posId: dealer.posId, dealerName: dealer.name, circle: dealer.circle}) AS pending
RETURN size(pending) AS count, pending[0..$limit] AS oldest
