// Telecom signals of the handsets $imeis used by at least $minNumbers numbers, for risk scoring
// (analysis/): all of them for a full recompute (handsets-to-score), a delta's for incremental analysis;
// one statement for both, so the two cannot score a handset differently.
// A stay is one number's time on this handset (first to last day seen). A stay on the activation day only
// is the mark of a dealer's test phone, not of churn, and is counted apart.
UNWIND $imeis AS imei
MATCH (h:Handset {imei: imei})
WHERE COUNT { (h)<-[:USED_IN]-() } >= $minNumbers
CALL (h) {
  MATCH (h)<-[u:USED_IN]-(s:SIM)
  WITH s, min(u.firstSeen) AS first, max(u.lastSeen) AS last
  WITH s, first, last, duration.inDays(first, last).days AS stay,
       (first = last AND first = s.activatedOn) AS isActivationStay
  ORDER BY first
  RETURN collect(s) AS sims,
         collect({first: first, last: last}) AS periods,
         count(*) AS numbers,
         count(CASE WHEN stay <= 30 AND NOT isActivationStay THEN 1 END) AS shortStays,
         count(CASE WHEN isActivationStay THEN 1 END) AS activationStays,
         count(CASE WHEN stay >= 180 THEN 1 END) AS longStays,
         count(DISTINCT s.circle) AS circles
}
CALL (sims) {
  UNWIND sims AS s
  MATCH (s)<-[:REPORTS]-(c:Complaint)
  WITH collect(DISTINCT s) AS reported, collect(DISTINCT c) AS complaints
  RETURN size(reported) AS reportedNumbers, size(complaints) AS complaints,
         reduce(total = 0.0, c IN complaints | total + coalesce(c.amountInr, 0.0)) AS amountLost
}
CALL (sims) {
  UNWIND sims AS s
  MATCH (s)-[:REGISTERED_TO]->(i:Identity)
  WITH DISTINCT i
  RETURN count(i) AS identities,
         count(CASE WHEN COUNT { (i)<-[:REGISTERED_TO]-() } > 9 THEN 1 END) AS overLimitIdentities,
         count(CASE WHEN i.photoHash IS NOT NULL
                     AND EXISTS { MATCH (o:Identity {photoHash: i.photoHash}) WHERE o.name <> i.name }
                    THEN 1 END) AS sharedFaceIdentities
}
CALL (sims) {
  UNWIND sims AS s
  MATCH (s)-[:ISSUED_BY]->(d:Dealer)
  WITH d, count(*) AS sold
  RETURN count(d) AS dealers, max(sold) AS topDealerNumbers
}
CALL (h, sims) {
  UNWIND sims AS s
  WITH s WHERE EXISTS {
    MATCH (s)-[u:USED_IN]->(other:Handset)
    WHERE other <> h AND NOT (u.firstSeen = u.lastSeen AND u.firstSeen = s.activatedOn)
  }
  RETURN count(s) AS sharedNumbers
}
RETURN h.imei AS imei, numbers, shortStays, activationStays, longStays, circles,
       all(i IN range(1, size(periods) - 1) WHERE periods[i].first > periods[i - 1].last) AS staysAreSequential,
       reportedNumbers, complaints, amountLost, identities, overLimitIdentities, sharedFaceIdentities,
       dealers, topDealerNumbers, sharedNumbers
