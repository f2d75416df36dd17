// Rule `blacklisted-dealer-reappears`: a blacklisted dealer's buyers, or its name, turning up at another
// point of sale on or after the day of the blacklist: $minIdentities or more identities that bought from
// the blacklisted dealer buying new numbers there, or a point of sale registered since under the same
// name. One row per (blacklisted dealer, point of sale).
MATCH (dealer:Dealer {status: 'blacklisted'})
WHERE dealer.blacklistedOn IS NOT NULL
CALL (dealer) {
  MATCH (dealer)<-[:ISSUED_BY]-(:SIM)-[:REGISTERED_TO]->(identity:Identity)<-[:REGISTERED_TO]-(sim:SIM)
        -[:ISSUED_BY]->(pos:Dealer)
  WHERE pos <> dealer AND sim.activatedOn >= dealer.blacklistedOn
  RETURN pos, identity.kycId AS kycId, sim.msisdn AS msisdn
  UNION
  MATCH (pos:Dealer)
  WHERE pos.name = dealer.name AND pos <> dealer AND pos.registeredOn >= dealer.blacklistedOn
  RETURN pos, null AS kycId, null AS msisdn
}
WITH dealer, pos, collect(DISTINCT kycId) AS identities, collect(DISTINCT msisdn) AS numbers
WHERE size(identities) >= $minIdentities OR pos.name = dealer.name
RETURN pos.posId AS posId, pos.name AS name, dealer.posId AS blacklistedPosId,
       dealer.name AS blacklistedName, toString(dealer.blacklistedOn) AS blacklistedOn,
       identities[0..$maxEvidence] AS identities, size(identities) AS identityCount,
       numbers[0..$maxEvidence] AS numbers, size(numbers) AS numberCount,
       pos.name = dealer.name AS sameName
ORDER BY posId, blacklistedPosId
