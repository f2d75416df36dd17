// @name numbers-most-reported
// @title Numbers reported by the most victims
// @description Numbers named in the most complaints (NCRP and Chakshu), with how many victims reported
//   them and the money those victims lost.
// @param limit int = 50 [1..1000] : how many numbers
// @roles investigator
// @expects rows
MATCH (victim:Victim)-[:FILED]->(complaint:Complaint)-[:REPORTS]->(sim:SIM)
WITH sim, count(DISTINCT victim) AS victims, count(DISTINCT complaint) AS complaints,
     sum(coalesce(complaint.amountInr, 0)) AS amountLostInr
ORDER BY victims DESC, amountLostInr DESC, sim.msisdn
LIMIT $limit
RETURN sim.msisdn AS msisdn, sim.operator AS operator, sim.circle AS circle, sim.status AS status,
       victims, complaints, amountLostInr
