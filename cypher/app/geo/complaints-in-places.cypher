// The complaints of some places as the portals wrote them ($places: [state, district] pairs, the
// spellings server/geo/ merged under one canonical place), newest first, at most $limit: what a map
// region lists before it opens on the canvas. With $circles, only complaints naming a number of those
// circles; with $ring, only those naming a number used in one of the ring's handsets (as
// complaints-by-place and ring-complaints-by-place).
MATCH (victim:Victim)-[:FILED]->(complaint:Complaint)
WHERE [victim.state, victim.district] IN $places
  AND ($circles IS NULL OR EXISTS { (complaint)-[:REPORTS]->(sim:SIM) WHERE sim.circle IN $circles })
  AND ($ring IS NULL
       OR EXISTS { (complaint)-[:REPORTS]->(:SIM)-[:USED_IN]->(:Handset)<-[:INCLUDES]-(:Ring {id: $ring}) })
RETURN complaint.ackNo AS ackNo, toString(complaint.reportedOn) AS reportedOn,
       complaint.source AS source, complaint.category AS category, complaint.channel AS channel,
       coalesce(complaint.amountInr, 0) AS amountInr, victim.victimId AS victimId,
       victim.state AS state, victim.district AS district
ORDER BY complaint.reportedOn DESC, complaint.ackNo
LIMIT $limit
