// Every stored result of the analysis without the times it was computed at, in key order: handset and
// dealer scores with their reasons and cautions, the numbers that may be graded, and rings with their
// evidence and handsets. Compares an
// incremental analysis with a full recompute (test and delta benchmark).
CALL () {
  MATCH (h:Handset)
  WHERE h.riskScore IS NOT NULL OR h.scoredAt IS NOT NULL
  WITH h ORDER BY h.imei
  RETURN collect(h {.imei, .riskScore, .riskReasons, .caution, .cautionMessage}) AS handsets
}
CALL () {
  MATCH (d:Dealer)
  WHERE d.riskScore IS NOT NULL OR d.scoredAt IS NOT NULL
  WITH d ORDER BY d.posId
  RETURN collect(d {.posId, .riskScore, .riskReasons}) AS dealers
}
CALL () {
  // The numbers that can have a grade (worked out by the caller): those of suspect handsets, and those
  // holding a stored grade.
  CALL () {
    MATCH (h:Handset)<-[:USED_IN]-(s:SIM)
    WHERE h.riskScore >= $minScore AND h.caution IS NULL
    RETURN s
    UNION
    MATCH (s:SIM)
    WHERE s.riskGrade IS NOT NULL
    RETURN s
  }
  WITH s ORDER BY s.msisdn
  RETURN collect(s.msisdn) AS numbers
}
CALL () {
  MATCH (r:Ring)
  WITH r ORDER BY r.id
  RETURN collect(r {.*, computedAt: null,
    handsets: COLLECT { MATCH (r)-[:INCLUDES]->(h:Handset) RETURN h.imei ORDER BY h.imei }}) AS rings
}
RETURN handsets, dealers, numbers, rings
