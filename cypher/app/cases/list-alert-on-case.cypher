// An alert assigned to the case joins its timeline (case-timeline reads the events of `Alert:<id>`).
MATCH (c:Case {id: $caseId})
SET c.alertIds = CASE WHEN $alertId IN coalesce(c.alertIds, []) THEN c.alertIds
                      ELSE coalesce(c.alertIds, []) + $alertId END
