// Rule `complaint-on-case-or-request`: numbers reported in a complaint on or after the day they came
// under watch: the number, a handset it was used in or its identity is pinned in an open case; or a
// handset it was used in, or a handset of that handset's ring, is under a pending or approved block
// request (requests raised from cases among them). Starts from the complaints reported since the
// oldest watch began (an index range on reportedOn), not from the watched handsets' numbers.
CALL {
  MATCH (r:BlockRequest) WHERE r.status IN $watchedStatuses RETURN min(date(r.requestedAt)) AS since
  UNION ALL
  MATCH (:Case {status: 'open'})-[:HAS_PIN]->(p:CasePin) RETURN min(date(p.pinnedAt)) AS since
}
WITH min(since) AS since
MATCH (c:Complaint)-[:REPORTS]->(s:SIM)
WHERE c.reportedOn >= since
WITH c, s, ['SIM:' + s.msisdn]
              + COLLECT { MATCH (s)-[:USED_IN]->(h:Handset) RETURN DISTINCT 'Handset:' + h.imei }
              + COLLECT { MATCH (s)-[:REGISTERED_TO]->(i:Identity) RETURN 'Identity:' + i.kycId } AS pinnable
WITH c, s,
     COLLECT {
       MATCH (s)-[:USED_IN]->(h:Handset)<-[:TARGETS]-(r:BlockRequest)
       WHERE r.status IN $watchedStatuses AND c.reportedOn >= date(r.requestedAt)
       RETURN {kind: 'request', node: 'Handset:' + h.imei, requestId: r.id, status: r.status} AS w
       UNION
       MATCH (s)-[:USED_IN]->(h:Handset)<-[:INCLUDES]-(:Ring)-[:INCLUDES]->(:Handset)<-[:TARGETS]-(r:BlockRequest)
       WHERE r.status IN $watchedStatuses AND c.reportedOn >= date(r.requestedAt)
       RETURN {kind: 'ring', node: 'Handset:' + h.imei, requestId: r.id, status: r.status} AS w
       UNION
       MATCH (p:CasePin)<-[:HAS_PIN]-(case:Case {status: 'open'})
       WHERE p.nodeId IN pinnable AND c.reportedOn >= date(p.pinnedAt)
       RETURN {kind: 'case', node: p.nodeId, caseId: case.id} AS w
     } AS watches
WHERE size(watches) > 0
WITH s, collect(c.ackNo) AS complaints, collect(watches) AS watchLists
RETURN s.msisdn AS msisdn, complaints, reduce(acc = [], list IN watchLists | acc + list) AS watches
ORDER BY msisdn
