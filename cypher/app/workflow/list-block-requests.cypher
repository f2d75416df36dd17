// Block requests, newest first, each with the evidence behind it: per handset its score, reasons and
// caution, how many numbers used it and how many complaints name them (at most $handsetsEach a request).
MATCH (request:BlockRequest)
WHERE ($status IS NULL OR request.status = $status)
  AND ($requestedBy IS NULL OR request.requestedBy = $requestedBy)
WITH request ORDER BY request.requestedAt DESC, request.id LIMIT $limit
CALL (request) {
  MATCH (request)-[:TARGETS]->(h:Handset)
  WITH h ORDER BY h.riskScore DESC, h.imei
  WITH collect(h) AS handsets
  RETURN size(handsets) AS handsetCount, handsets[0..$handsetsEach] AS shown
}
CALL (shown) {
  UNWIND shown AS h
  CALL (h) {
    MATCH (sim:SIM)-[:USED_IN]->(h)
    WITH collect(DISTINCT sim) AS sims
    CALL (sims) {
      UNWIND sims AS sim
      MATCH (complaint:Complaint)-[:REPORTS]->(sim)
      WITH DISTINCT complaint
      RETURN count(complaint) AS complaints, coalesce(sum(complaint.amountInr), 0) AS amountLostInr
    }
    RETURN size(sims) AS numbers, complaints, amountLostInr
  }
  RETURN collect(h {.imei, .brand, .model, .status, score: h.riskScore, reasons: coalesce(h.riskReasons, []),
                    caution: CASE WHEN h.caution IS NULL THEN null
                                  ELSE {kind: h.caution, message: h.cautionMessage} END,
                    numbers: numbers, complaints: complaints, amountLostInr: amountLostInr}) AS handsets
}
RETURN request {.id, .status, .reason, .caseRef, .policeUnit, .state, .requestedBy, .decidedBy, .decisionNote,
                .cautionJustification, requestedAt: toString(request.requestedAt),
                .numbersMarked, .numbersTotal, decidedAt: toString(request.decidedAt),
                numbersMarkedAt: toString(request.numbersMarkedAt)} AS request,
       request.cautions AS cautions, handsetCount, handsets
