// What approving a block of these handsets would do, before anyone decides: the numbers approval sends
// to re-verification (exactly mark-numbers-for-reverification's selection: every number that used one of
// them and is `active` or `reverified`), by operator and by circle; how many of those have long tenure
// (likely ordinary subscribers who once used the handset: activated at least $tenureDays days ago, one
// identity, and seen in the network over a span of at least $tenureDays days, first sighting to last on
// any handset); the other handsets those numbers use; the identities behind them; the complaints naming
// them and the money lost; and the handsets' cautions.
UNWIND $imeis AS imei
MATCH (handset:Handset {imei: imei})
WITH collect(handset) AS handsets
CALL (handsets) {
  UNWIND handsets AS handset
  MATCH (sim:SIM)-[:USED_IN]->(handset)
  WHERE sim.status IN ['active', 'reverified']
  RETURN collect(DISTINCT sim) AS sims
}
CALL (sims) {
  UNWIND sims AS sim
  WITH sim.operator AS operator, count(*) AS numbers ORDER BY operator
  RETURN collect({operator: operator, numbers: numbers}) AS byOperator
}
CALL (sims) {
  UNWIND sims AS sim
  WITH sim.circle AS circle, count(*) AS numbers ORDER BY circle
  RETURN collect({circle: circle, numbers: numbers}) AS byCircle
}
CALL (sims) {
  UNWIND sims AS sim
  WITH sim
  WHERE sim.activatedOn <= date() - duration({days: $tenureDays})
    AND COUNT { (sim)-[:REGISTERED_TO]->(:Identity) } = 1
  CALL (sim) {
    MATCH (sim)-[used:USED_IN]->(:Handset)
    RETURN min(used.firstSeen) AS firstSeen, max(used.lastSeen) AS lastSeen
  }
  WITH sim WHERE firstSeen + duration({days: $tenureDays}) <= lastSeen
  RETURN count(sim) AS longTenure
}
CALL (sims, handsets) {
  UNWIND sims AS sim
  MATCH (sim)-[:USED_IN]->(other:Handset)
  WHERE NOT other IN handsets
  WITH DISTINCT other
  RETURN count(other) AS otherHandsets
}
CALL (sims) {
  UNWIND sims AS sim
  MATCH (sim)-[:REGISTERED_TO]->(identity:Identity)
  RETURN count(DISTINCT identity) AS identities
}
CALL (sims) {
  UNWIND sims AS sim
  MATCH (complaint:Complaint)-[:REPORTS]->(sim)
  WITH DISTINCT complaint
  RETURN count(complaint) AS complaints, coalesce(sum(complaint.amountInr), 0) AS amountLostInr
}
RETURN [handset IN handsets | handset.imei] AS found,
       size(sims) AS numbers, byOperator, byCircle, longTenure, otherHandsets, identities, complaints,
       amountLostInr,
       [handset IN handsets WHERE handset.caution IS NOT NULL |
         {imei: handset.imei, kind: handset.caution, message: coalesce(handset.cautionMessage, '')}] AS cautions
