// Counts the new alerts that are in no tally (locked by lock-untallied-alerts in the same transaction)
// into the tally of their circles and audience, keyed as raise-alerts keys them.
MATCH (a:Alert {status: 'new'})
WHERE a.tallyKey IS NULL
SET a.tallyKey = reduce(key = '', circle IN a.circles | key + circle + ',') + '|'
                 + coalesce(reduce(key = '', caseId IN a.audience | key + caseId + ','), '*')
WITH a.tallyKey AS key, a.circles AS circles, a.audience AS audience, count(*) AS alerts
MERGE (tally:NewAlertTally {key: key})
  ON CREATE SET tally.circles = circles, tally.audience = audience, tally.count = 0
SET tally.count = tally.count + alerts
RETURN sum(alerts) AS alerts
