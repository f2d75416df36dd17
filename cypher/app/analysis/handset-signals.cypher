// Telecom signals of the handsets $imeis used by at least $minNumbers numbers, for risk scoring
// (analysis/): all of them for a full recompute (handsets-to-score), a delta's for incremental analysis;
// one statement for both, so the two cannot score a handset differently.
// A stay is one number's time on this handset (first to last day seen). A stay on the activation day only
// is the mark of a dealer's test phone or an activation desk, not of use, and is counted apart.
// The question behind most signals is where each number's life is: a farm's number exists only for the
// farm (used a few weeks or months, then dropped while the handset goes on with others); an honest
// number lives on in its owner's own phone, however briefly it passed through this one.
UNWIND $imeis AS imei
MATCH (h:Handset {imei: imei})
WHERE COUNT { (h)<-[:USED_IN]-() } >= $minNumbers
CALL (h) {
  MATCH (h)<-[u:USED_IN]-(s:SIM)
  WITH s, min(u.firstSeen) AS first, max(u.lastSeen) AS last
  // The number's use in other handsets, activation tests left out.
  CALL (s, h) {
    OPTIONAL MATCH (s)-[o:USED_IN]->(other)
    WHERE other <> h AND NOT (o.firstSeen = o.lastSeen AND o.firstSeen = s.activatedOn)
    RETURN max(o.lastSeen) AS lastElsewhere,
           max(duration.inDays(o.firstSeen, o.lastSeen).days) AS longestElsewhere
  }
  ORDER BY first
  RETURN collect({
           s: s, first: first, last: last, lastElsewhere: lastElsewhere,
           longestElsewhere: coalesce(longestElsewhere, -1),
           isActivationStay: first = last AND first = s.activatedOn
         }) AS stays
}
WITH h, stays, reduce(latest = stays[0].last, st IN stays | CASE WHEN st.last > latest THEN st.last ELSE latest END)
     AS handsetLast
CALL (stays, handsetLast) {
  UNWIND stays AS st
  WITH st, duration.inDays(st.first, st.last).days AS stay,
       CASE WHEN st.lastElsewhere > st.last THEN st.lastElsewhere ELSE st.last END AS numberLast
  // Dropped: never seen again anywhere, while this handset went on with other numbers for over a week.
  WITH st, stay, numberLast,
       NOT st.isActivationStay
       AND duration.inDays(st.s.activatedOn, numberLast).days <= $throwawayLifeDays
       AND numberLast < handsetLast - duration({days: 7}) AS isThrowaway
  RETURN count(*) AS numbers,
         collect(CASE WHEN isThrowaway THEN st.s END) AS throwawaySims,
         count(CASE WHEN isThrowaway THEN 1 END) AS throwawayNumbers,
         count(CASE WHEN isThrowaway AND st.lastElsewhere IS NOT NULL THEN 1 END) AS passedNumbers,
         count(CASE WHEN st.isActivationStay THEN 1 END) AS activationStays,
         count(CASE WHEN NOT isThrowaway AND st.longestElsewhere >= $ownPhoneDays THEN 1 END) AS livesElsewhere,
         count(CASE WHEN NOT st.isActivationStay AND stay <= 2 AND st.longestElsewhere >= $ownPhoneDays
                     AND st.first >= st.s.activatedOn + duration({days: 30}) THEN 1 END) AS briefVisits,
         count(CASE WHEN stay >= 180 THEN 1 END) AS longStays,
         count(CASE WHEN stay >= 45 THEN 1 END) AS monthsStays,
         count(DISTINCT st.s.circle) AS circles,
         collect(st.s) AS sims
}
CALL (sims) {
  UNWIND sims AS s
  MATCH (s)<-[:REPORTS]-(c:Complaint)
  WITH collect(DISTINCT s) AS reported, collect(DISTINCT c) AS complaints
  RETURN size(reported) AS reportedNumbers, size(complaints) AS complaints,
         reduce(total = 0.0, c IN complaints | total + coalesce(c.amountInr, 0.0)) AS amountLost
}
CALL (throwawaySims) {
  // Identities behind the dropped numbers that hold three numbers or more: bought in bulk, not a person's.
  UNWIND throwawaySims AS s
  MATCH (s)-[:REGISTERED_TO]->(i:Identity)
  WITH DISTINCT i
  RETURN count(CASE WHEN COUNT { (i)<-[:REGISTERED_TO]-() } >= 3 THEN 1 END) AS heavyIdentities
}
CALL (h, throwawaySims) {
  // Sister handsets: the other handsets in which the identities behind its dropped numbers used other
  // numbers briefly, within four months of their activation. A farm's phones share their buyers; an
  // honest phone has none. Three count fully, so the first five identities (by KYC id, the same in any
  // store order) are asked; every sister of theirs counts, so the count does not hang on traversal order.
  UNWIND throwawaySims AS s
  MATCH (s)-[:REGISTERED_TO]->(i:Identity)
  WITH DISTINCT i
  ORDER BY i.kycId
  LIMIT 5
  CALL (h, i) {
    MATCH (i)<-[:REGISTERED_TO]-(t:SIM)-[v:USED_IN]->(sister)
    WHERE sister <> h
      AND v.lastSeen <= t.activatedOn + duration({days: $throwawayLifeDays})
      AND NOT (v.firstSeen = v.lastSeen AND v.firstSeen = t.activatedOn)
    RETURN DISTINCT sister
  }
  RETURN count(DISTINCT sister) AS sisterHandsets
}
CALL (sims) {
  UNWIND sims AS s
  MATCH (s)-[:REGISTERED_TO]->(i:Identity)
  WITH DISTINCT i, COUNT { (i)<-[:REGISTERED_TO]-() } AS held
  // Over the limit: more than nine numbers, or more than six in the J&K, Assam and North East circles.
  RETURN count(i) AS identities,
         count(CASE
                 WHEN held > $simLimit THEN 1
                 WHEN held > $borderSimLimit
                      AND COUNT { (i)<-[:REGISTERED_TO]-(b:SIM) WHERE b.circle IN $borderCircles } > $borderSimLimit
                 THEN 1
               END) AS overLimitIdentities,
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
RETURN h.imei AS imei, numbers, throwawayNumbers, passedNumbers, activationStays, livesElsewhere, briefVisits,
       longStays, monthsStays, circles,
       all(i IN range(1, size(stays) - 1) WHERE stays[i].first > stays[i - 1].last) AS staysAreSequential,
       reportedNumbers, complaints, amountLost, identities, overLimitIdentities, heavyIdentities,
       sisterHandsets, sharedFaceIdentities, dealers, topDealerNumbers
