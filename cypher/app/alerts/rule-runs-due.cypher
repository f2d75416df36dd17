// The runs of the alert rules asked for and the count the last finished run completed.
OPTIONAL MATCH (lease:Lease {name: $name})
RETURN coalesce(lease.runsRequested, 0) AS requested, coalesce(lease.runsCompleted, 0) AS completed
