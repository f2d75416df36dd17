// @name identities-over-limit
// @title Identities holding more numbers than the limit
// @description KYC identities with more numbers registered to them than the DoT limit: nine connections
//   per person, six in the J&K, Assam and North East service areas (farms buy numbers on a few borrowed
//   or forged identities).
// @param maxNumbers int = 9 [1..1000] : the limit; identities above it are listed
// @param maxBorderNumbers int = 6 [1..1000] : the limit in the JK, AS and NE circles
// @param limit int = 100 [1..1000] : how many identities
// @roles investigator
// @identity kycId: name, docType
// @expects rows
MATCH (identity:Identity)<-[:REGISTERED_TO]-(sim:SIM)
WITH identity, count(sim) AS numbers, count(CASE WHEN sim.circle IN ['JK', 'AS', 'NE'] THEN 1 END) AS borderNumbers
WHERE numbers > $maxNumbers OR borderNumbers > $maxBorderNumbers
RETURN identity.kycId AS kycId, identity.name AS name, identity.docType AS docType, numbers, borderNumbers
ORDER BY numbers DESC, kycId
LIMIT $limit
