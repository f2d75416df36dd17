// Changes a case's title, reference, description or status; a null leaves that field as it is, and an
// empty reference or description removes it. Closing stamps the time; reopening clears it.
MATCH (c:Case {id: $caseId})
SET c.title = coalesce($change.title, c.title),
    c.caseRef = CASE WHEN $change.caseRef IS NULL THEN c.caseRef
                     WHEN $change.caseRef = '' THEN null ELSE $change.caseRef END,
    c.description = CASE WHEN $change.description IS NULL THEN c.description
                         WHEN $change.description = '' THEN null ELSE $change.description END,
    c.closedAt = CASE WHEN $change.status IS NULL OR $change.status = c.status THEN c.closedAt
                      WHEN $change.status = 'closed' THEN datetime() ELSE null END,
    c.status = coalesce($change.status, c.status),
    c.updatedAt = datetime.transaction()
