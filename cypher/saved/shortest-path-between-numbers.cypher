// @name shortest-path-between-numbers
// @title Shortest path between two numbers
// @description How two numbers are connected: through shared handsets, identities or dealers, at most
//   ten steps. The defaults are two numbers of one farm in the demo data.
// @param numberA msisdn = 6234567940 : one number
// @param numberB msisdn = 8889003701 : the other
// @roles investigator
// @graph path
// @expects rows
MATCH (a:SIM {msisdn: $numberA}), (b:SIM {msisdn: $numberB})
MATCH path = shortestPath((a)-[:USED_IN|REGISTERED_TO|ISSUED_BY*..10]-(b))
RETURN path, length(path) AS steps
