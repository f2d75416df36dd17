// Raises a batch of a rule's hits as alerts. One alert per rule and subject (`alertKey`, unique): a hit
// whose alert exists changes nothing unless its evidence grew (more nodes), which updates the alert and
// puts it back to `new`. The existing alert is locked before the evidence is compared, so two processes
// running the rules at once raise or update each alert once. Ids are made before the transaction: a run
// the driver repeats finds its own alerts and changes nothing. The subject's circles are stored for the
// jurisdiction filter of the queue (the circles of the numbers it concerns, as the suspects list has it).
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
SET a.score = hit.score, a.evidenceNodes = hit.evidence, a.sentence = hit.sentence,
    a.audience = hit.audience, a.circles = circles, a.updatedAt = datetime(), a.status = 'new',
    a.caseId = null, a.dismissReason = null, a.snoozedUntil = null
RETURN a.id AS id, hit.key AS key, a.id = hit.id AS raised
