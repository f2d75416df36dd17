// The alert rules' job as the API shows it: runs asked for and done, and the last run's report.
OPTIONAL MATCH (lease:Lease {name: $name})
RETURN coalesce(lease.runsRequested, 0) AS requested, coalesce(lease.runsCompleted, 0) AS completed,
       toString(lease.lastRunAt) AS lastRunAt, lease.lastRunReport AS lastRunReport
