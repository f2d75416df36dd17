// Asks for a run of the alert rules (after an import or a recompute): a counter on the rules' lease node
// (made beforehand by ensure-lease), so a request made while a run is under way is not lost: that run
// completes the count it read at its start, and the request stays due.
MATCH (lease:Lease {name: $name})
SET lease.runsRequested = coalesce(lease.runsRequested, 0) + 1
RETURN lease.runsRequested AS requested
