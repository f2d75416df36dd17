// A triage decision on an alert: assigned to a case, dismissed with a reason, or snoozed until a time.
// Fields the decision does not set are cleared.
MATCH (a:Alert {id: $id})
SET a.status = $change.status, a.caseId = $change.caseId, a.dismissReason = $change.dismissReason,
    a.snoozedUntil = CASE WHEN $change.snoozedUntil IS NULL THEN null ELSE datetime($change.snoozedUntil) END,
    a.updatedAt = datetime(), a.triagedBy = $change.by
