// Every stored result of the analysis without the times it was computed at, in key order: handset and
// dealer scores with their reasons and cautions, number grades with their reasons, and rings with their
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
  MATCH (s:SIM)
  WHERE s.riskGrade IS NOT NULL AND s.msisdn IS NOT NULL
  WITH s ORDER BY s.msisdn
  RETURN collect(s {.msisdn, .riskGrade, .riskGradeReasons}) AS numbers
}
CALL () {
  MATCH (r:Ring)
  WITH r ORDER BY r.id
  RETURN collect(r {.*, computedAt: null,
    handsets: COLLECT { MATCH (r)-[:INCLUDES]->(h:Handset) RETURN h.imei ORDER BY h.imei }}) AS rings
}
RETURN handsets, dealers, numbers, rings
