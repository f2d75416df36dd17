// Alerts raised before the tallies were kept (new, and in no tally) are locked first, so that a triage at
// the same time either ends before they are counted or waits until they are (tally-untallied-alerts).
MATCH (a:Alert {status: 'new'})
WHERE a.tallyKey IS NULL
SET a.alertLock = true
REMOVE a.alertLock
RETURN count(a) AS alerts
