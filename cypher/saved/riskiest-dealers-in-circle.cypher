// @name riskiest-dealers-in-circle
// @title Riskiest dealers of a circle
// @description Points of sale of one telecom circle ranked by their risk score, with the reasons behind
//   it, to pick dealers for blacklisting.
// @param circle string = GJ [2..3] : the circle code (DL, MH, GJ, ...)
// @param limit int = 20 [1..500] : how many dealers
// @roles investigator
// @expects rows
MATCH (dealer:Dealer {circle: toUpper($circle)})
WHERE dealer.riskScore IS NOT NULL
RETURN dealer.posId AS posId, dealer.name AS name, dealer.operator AS operator, dealer.status AS status,
       dealer.riskScore AS riskScore, dealer.riskReasons AS reasons
ORDER BY riskScore DESC, posId
LIMIT $limit
