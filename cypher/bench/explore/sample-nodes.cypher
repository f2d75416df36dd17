// Explore benchmark: a random sample of the nodes investigators open, weighted towards the heavy ones:
// suspect handsets (dozens to thousands of numbers), dealers (thousands of SIMs), and ordinary numbers.
CALL () {
  MATCH (h:Handset) WHERE h.riskScore IS NOT NULL
  WITH h ORDER BY rand() LIMIT $each
  RETURN 'Handset' AS label, h.imei AS key, elementId(h) AS elementId
  UNION ALL
  MATCH (d:Dealer)
  WITH d ORDER BY rand() LIMIT $each
  RETURN 'Dealer' AS label, d.posId AS key, elementId(d) AS elementId
  UNION ALL
  MATCH (s:SIM)
  WITH s ORDER BY rand() LIMIT $each
  RETURN 'SIM' AS label, s.msisdn AS key, elementId(s) AS elementId
}
RETURN label, key, elementId
