// As complaints-by-place, for the complaints naming a number used in one of the ring's handsets (each
// complaint once, however many of the ring's numbers it names).
MATCH (:Ring {id: $ring})-[:INCLUDES]->(:Handset)<-[:USED_IN]-(sim:SIM)
WITH DISTINCT sim
MATCH (complaint:Complaint)-[:REPORTS]->(sim)
WITH DISTINCT complaint
MATCH (victim:Victim)-[:FILED]->(complaint)
WHERE $circles IS NULL OR EXISTS { (complaint)-[:REPORTS]->(named:SIM) WHERE named.circle IN $circles }
RETURN victim.state AS state, victim.district AS district, count(complaint) AS complaints,
       count(DISTINCT victim) AS victims, sum(coalesce(complaint.amountInr, 0)) AS amountInr
