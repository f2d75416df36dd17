// Raises a batch of a rule's hits as alerts. One alert per rule and subject (`alertKey`, unique): a hit
// whose alert exists changes nothing unless its evidence grew (more nodes), which updates the alert and
// puts it back to `new`. The existing alert is locked before the evidence is compared, so two processes
// running the rules at once raise or update each alert once. Ids are made before the transaction: a run
// the driver repeats finds its own alerts and changes nothing. The subject's circles are stored for the
// jurisdiction filter of the queue (the circles of the numbers it concerns, as the suspects list has it).
// A new alert is counted in the tally of its circles and audience (new-alert-tallies.ts), and taken out of
// the one it was counted in before, under the alert's lock: the tallies hold what count-new-alerts counts.
UNWIND $hits AS hit
OPTIONAL MATCH (seen:Alert {alertKey: hit.key})
WITH hit WHERE seen IS NULL OR size(hit.evidence) > size(seen.evidenceNodes)
MERGE (a:Alert {alertKey: hit.key})
  ON CREATE SET a.id = hit.id, a.rule = hit.rule, a.subject = hit.subject, a.evidenceNodes = [],
                a.createdAt = datetime()
SET a.alertLock = true
REMOVE a.alertLock
WITH a, hit WHERE size(hit.evidence) > size(a.evidenceNodes)
CALL (hit) {
  MATCH (:Handset {imei: hit.subjectKey})<-[:USED_IN]-(s:SIM) WHERE hit.subjectLabel = 'Handset'
  RETURN s.circle AS circle
  UNION
  MATCH (s:SIM {msisdn: hit.subjectKey}) WHERE hit.subjectLabel = 'SIM'
  RETURN s.circle AS circle
  UNION
  MATCH (d:Dealer {posId: hit.subjectKey}) WHERE hit.subjectLabel = 'Dealer'
  RETURN d.circle AS circle
  UNION
  MATCH (:Identity {kycId: hit.subjectKey})<-[:REGISTERED_TO]-(s:SIM) WHERE hit.subjectLabel = 'Identity'
  RETURN s.circle AS circle
  UNION
  MATCH (:Complaint {ackNo: hit.subjectKey})-[:REPORTS]->(s:SIM) WHERE hit.subjectLabel = 'Complaint'
  RETURN s.circle AS circle
  UNION
  MATCH (:Victim {victimId: hit.subjectKey})-[:FILED]->(:Complaint)-[:REPORTS]->(s:SIM)
  WHERE hit.subjectLabel = 'Victim'
  RETURN s.circle AS circle
}
WITH a, hit, collect(circle) AS circles
WITH a, hit, circles, a.tallyKey AS countedIn
SET a.score = hit.score, a.evidenceNodes = hit.evidence, a.sentence = hit.sentence,
    a.audience = hit.audience, a.circles = circles, a.updatedAt = datetime(), a.status = 'new',
    a.caseId = null, a.dismissReason = null, a.snoozedUntil = null,
    // The tally's key: the circles and the audience as stored (tally-untallied-alerts makes it alike).
    a.tallyKey = reduce(key = '', circle IN circles | key + circle + ',') + '|'
                 + coalesce(reduce(key = '', caseId IN hit.audience | key + caseId + ','), '*')
WITH collect({alert: a, hit: hit, countedIn: countedIn}) AS changed
// Counted per tally (a batch has many alerts of one tally), decrements first.
CALL (changed) {
  UNWIND changed AS change
  WITH change.countedIn AS key, count(*) AS alerts WHERE key IS NOT NULL
  MATCH (tally:NewAlertTally {key: key})
  SET tally.count = tally.count - alerts
}
CALL (changed) {
  UNWIND changed AS change
  WITH change.alert AS a
  WITH a.tallyKey AS key, a.circles AS circles, a.audience AS audience, count(*) AS alerts
  MERGE (tally:NewAlertTally {key: key})
    ON CREATE SET tally.circles = circles, tally.audience = audience, tally.count = 0
  SET tally.count = tally.count + alerts
}
UNWIND changed AS change
RETURN change.alert.id AS id, change.hit.key AS key, change.alert.id = change.hit.id AS raised
