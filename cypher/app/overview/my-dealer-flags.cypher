// The user's own dealer flags: how many of each status, and the $limit newest with their dealer.
MATCH (flag:DealerFlag {flaggedBy: $username})-[:TARGETS]->(dealer:Dealer)
WITH flag, dealer ORDER BY flag.flaggedAt DESC, flag.id
WITH collect(flag {.id, .status, .caseRef, posId: dealer.posId, dealerName: dealer.name,
                   flaggedAt: toString(flag.flaggedAt), decidedAt: toString(flag.decidedAt)}) AS flags
RETURN {pending: size([f IN flags WHERE f.status = 'pending']),
        approved: size([f IN flags WHERE f.status = 'approved']),
        rejected: size([f IN flags WHERE f.status = 'rejected'])} AS byStatus,
       flags[0..$limit] AS recent
