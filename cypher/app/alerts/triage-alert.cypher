// A triage decision on an alert: assigned to a case, dismissed with a reason, or snoozed until a time.
// Fields the decision does not set are cleared. A triaged alert is no longer new: it leaves the tally it was
// counted in (triage.ts holds the alert's lock).
MATCH (a:Alert {id: $id})
CALL (a) {
  MATCH (tally:NewAlertTally {key: a.tallyKey})
  SET tally.count = tally.count - 1
}
SET a.status = $change.status, a.caseId = $change.caseId, a.dismissReason = $change.dismissReason,
    a.tallyKey = null,
    a.snoozedUntil = CASE WHEN $change.snoozedUntil IS NULL THEN null ELSE datetime($change.snoozedUntil) END,
    a.updatedAt = datetime(), a.triagedBy = $change.by
