// @name identities-over-limit
// @title Identities holding more numbers than the limit
// @description KYC identities with more numbers registered to them than the DoT limit of nine
//   connections per person (farms buy numbers on a few borrowed or forged identities).
// @param maxNumbers int = 9 [1..1000] : the limit; identities above it are listed
// @param limit int = 100 [1..1000] : how many identities
// @roles investigator
// @identity kycId: name, docType
// @expects rows
MATCH (identity:Identity)<-[:REGISTERED_TO]-(sim:SIM)
WITH identity, count(sim) AS numbers
WHERE numbers > $maxNumbers
RETURN identity.kycId AS kycId, identity.name AS name, identity.docType AS docType, numbers
ORDER BY numbers DESC, kycId
LIMIT $limit
