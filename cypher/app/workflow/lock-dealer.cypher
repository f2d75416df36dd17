// Takes the write lock of a dealer before its status is read (see lock-handsets.cypher).
MATCH (dealer:Dealer {posId: $posId})
SET dealer.workflowLock = true
REMOVE dealer.workflowLock
RETURN count(dealer) AS locked
