// A dealer's status and whether its blacklist has run out (read after lock-dealer).
MATCH (dealer:Dealer {posId: $posId})
RETURN dealer.status AS status, coalesce(dealer.blacklistedUntil < date(), false) AS blacklistExpired
