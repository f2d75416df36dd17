// Marks a case as changed (a note, a view, a pin, a member): at the transaction's time, so every
// statement of one change stamps the same instant.
MATCH (c:Case {id: $caseId})
SET c.updatedAt = datetime.transaction()
