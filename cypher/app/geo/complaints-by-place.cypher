// Complaints, victims and money lost per place as the portals wrote it (the victim's state and district;
// merged per canonical district in server/geo/). Every complaint counts once, in its victim's place; with
// $circles, only complaints naming a number of those circles (the user's jurisdiction, as alerts about a
// complaint take the circles of the numbers it reports).
MATCH (victim:Victim)-[:FILED]->(complaint:Complaint)
WHERE $circles IS NULL OR EXISTS { (complaint)-[:REPORTS]->(sim:SIM) WHERE sim.circle IN $circles }
RETURN victim.state AS state, victim.district AS district, count(complaint) AS complaints,
       count(DISTINCT victim) AS victims, sum(coalesce(complaint.amountInr, 0)) AS amountInr
