// A finished run of the alert rules (inside a fenced write, after check-lease): the requests it answered,
// and what it found, for GET /api/alerts/rules.
MATCH (lease:Lease {name: $name})
SET lease.runsCompleted = CASE WHEN coalesce(lease.runsCompleted, 0) > $requested
                               THEN lease.runsCompleted ELSE $requested END,
    lease.lastRunAt = datetime(), lease.lastRunReport = $report
