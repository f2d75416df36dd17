// Signals of every dealer, for risk scoring, as (posId, signal, value, evidence) rows: how many numbers it
// sold, how many went into suspect handsets (scored at least $minHandsetScore, look-alikes excluded), the
// most it sold into any one suspect handset (that handset's IMEI as evidence), how many suspect handsets
// it supplied, how many of those numbers it sold
// to identities that bought two or more of them (repeat buyers), how many were reported by
// victims, or registered to identities over the legal limit (nine, six in $borderCircles). Each part
// starts from the few suspicious things and walks to the dealers, never through every dealer's every SIM.
MATCH (d:Dealer)
RETURN d.posId AS posId, 'sold' AS signal, COUNT { (d)<-[:ISSUED_BY]-() } AS value, null AS evidence
UNION ALL
MATCH (h:Handset)
WHERE h.riskScore >= $minHandsetScore AND h.caution IS NULL
MATCH (h)<-[:USED_IN]-(s:SIM)-[:ISSUED_BY]->(d:Dealer)
WITH d, h, collect(DISTINCT s) AS sims
ORDER BY size(sims) DESC, h.imei
WITH d, collect(h.imei)[0] AS busiest, collect(sims) AS simLists
// A number used in two suspect handsets counts once.
CALL (simLists) {
  UNWIND simLists AS sims
  UNWIND sims AS s
  RETURN count(DISTINCT s) AS suspectNumbers
}
CALL (d, simLists) {
  UNWIND simLists AS sims
  UNWIND sims AS s
  WITH DISTINCT s
  MATCH (s)-[:REGISTERED_TO]->(i:Identity)
  WITH i, count(s) AS bought
  RETURN sum(CASE WHEN bought >= 2 THEN bought ELSE 0 END) AS repeatBuyerNumbers
}
UNWIND [
  ['busiestSuspectHandset', size(simLists[0]), busiest],
  ['suspectHandsets', size(simLists), null],
  ['suspectNumbers', suspectNumbers, null],
  ['repeatBuyerNumbers', repeatBuyerNumbers, null]
] AS row
RETURN d.posId AS posId, row[0] AS signal, row[1] AS value, row[2] AS evidence
UNION ALL
MATCH (:Complaint)-[:REPORTS]->(s:SIM)-[:ISSUED_BY]->(d:Dealer)
RETURN d.posId AS posId, 'reportedNumbers' AS signal, count(DISTINCT s) AS value, null AS evidence
UNION ALL
MATCH (i:Identity)
WITH i, COUNT { (i)<-[:REGISTERED_TO]-() } AS held
// The border circles' count only for identities past six: the planner would count it for every one.
WHERE held > $borderSimLimit
WITH i, held
WHERE held > $simLimit OR COUNT { (i)<-[:REGISTERED_TO]-(b:SIM) WHERE b.circle IN $borderCircles } > $borderSimLimit
MATCH (i)<-[:REGISTERED_TO]-(s:SIM)-[:ISSUED_BY]->(d:Dealer)
RETURN d.posId AS posId, 'overLimitNumbers' AS signal, count(s) AS value, null AS evidence
