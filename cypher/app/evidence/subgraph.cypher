// The subgraph an evidence pack draws and lists: the handsets ($imeis), numbers ($msisdns) and dealers
// ($posIds) it is about; the numbers used in those handsets, and those the dealers sold (at most
// $soldLimit a pack, the most reported first); the identities the numbers are registered to, the dealers
// who sold them, and the complaints naming them. Every list in a stable order, so the same graph gives
// the same pack (and hash).
CALL () {
  UNWIND $imeis AS imei
  MATCH (h:Handset {imei: imei})
  RETURN collect(DISTINCT h) AS handsets
}
CALL () {
  UNWIND $posIds AS posId
  MATCH (d:Dealer {posId: posId})
  RETURN collect(DISTINCT d) AS namedDealers
}
CALL (handsets) {
  UNWIND handsets AS h
  MATCH (s:SIM)-[:USED_IN]->(h)
  RETURN collect(DISTINCT s) AS usedSims
}
CALL (namedDealers) {
  UNWIND namedDealers AS d
  MATCH (s:SIM)-[:ISSUED_BY]->(d)
  WITH DISTINCT s
  WITH s, COUNT { (s)<-[:REPORTS]-(:Complaint) } AS reports
  ORDER BY reports DESC, s.msisdn
  WITH collect(s) AS sold
  RETURN sold[0..$soldLimit] AS soldSims, size(sold) AS soldCount
}
CALL () {
  UNWIND $msisdns AS msisdn
  MATCH (s:SIM {msisdn: msisdn})
  RETURN collect(DISTINCT s) AS namedSims
}
WITH handsets, namedDealers, soldCount,
     usedSims + [s IN soldSims WHERE NOT s IN usedSims]
     + [s IN namedSims WHERE NOT s IN usedSims AND NOT s IN soldSims] AS sims
CALL (sims, handsets) {
  UNWIND sims AS s
  OPTIONAL MATCH (s)-[:REGISTERED_TO]->(i:Identity)
  OPTIONAL MATCH (s)-[:ISSUED_BY]->(d:Dealer)
  WITH s, i, d ORDER BY s.msisdn
  RETURN collect(s {.msisdn, .operator, .circle, .status, kycId: i.kycId, posId: d.posId,
                    imeis: [(s)-[:USED_IN]->(h:Handset) WHERE h IN handsets | h.imei]}) AS numbers
}
CALL (sims) {
  UNWIND sims AS s
  MATCH (s)-[:REGISTERED_TO]->(i:Identity)
  WITH DISTINCT i ORDER BY i.kycId
  RETURN collect({label: 'Identity', key: i.kycId, name: i.name, docType: i.docType}) AS identities
}
CALL (sims, namedDealers) {
  CALL (sims, namedDealers) {
    UNWIND sims AS s
    MATCH (s)-[:ISSUED_BY]->(d:Dealer)
    RETURN d
    UNION
    UNWIND namedDealers AS d
    RETURN d
  }
  WITH DISTINCT d ORDER BY d.posId
  RETURN collect(d {.posId, .name, .operator, .circle, .status, score: d.riskScore,
                    reasons: coalesce(d.riskReasons, []),
                    numbersSold: COUNT { (d)<-[:ISSUED_BY]-(:SIM) }}) AS dealers
}
CALL (sims) {
  UNWIND sims AS s
  MATCH (c:Complaint)-[:REPORTS]->(s)
  WITH DISTINCT c ORDER BY c.ackNo
  OPTIONAL MATCH (v:Victim)-[:FILED]->(c)
  RETURN collect(c {.ackNo, .category, .channel, .source, amountInr: c.amountInr,
                    reportedOn: toString(c.reportedOn), state: v.state, district: v.district,
                    msisdns: [(c)-[:REPORTS]->(r:SIM) WHERE r IN sims | r.msisdn]}) AS complaints
}
CALL (handsets) {
  UNWIND handsets AS h
  WITH h ORDER BY h.imei
  RETURN collect(h {.imei, .brand, .model, .status, score: h.riskScore, reasons: coalesce(h.riskReasons, []),
                    caution: h.caution, cautionMessage: h.cautionMessage}) AS handsetRows
}
RETURN handsetRows AS handsets, numbers, identities, dealers, complaints, soldCount
