// @name ring-around-number
// @title The ring around a number
// @description Everything within a few hops of a number through handsets and identities (dealers are
//   left out: one shop links thousands of strangers). The default number is from a farm of the demo data.
// @param msisdn msisdn = 6234567940 : the number to start from
// @param hops int = 3 [1..4] : how far to go
// @param limit int = 500 [1..5000] : at most this many paths
// @roles investigator
// @graph path
// @expects rows
MATCH path = (:SIM {msisdn: $msisdn})-[:USED_IN|REGISTERED_TO*1..4]-(reached)
WHERE length(path) <= $hops
RETURN path, labels(reached)[0] AS reachedKind, length(path) AS hops
LIMIT $limit
