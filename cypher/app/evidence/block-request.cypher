// One block request as its evidence pack shows it: the workflow's fields and every handset it names.
MATCH (request:BlockRequest {id: $id})
CALL (request) {
  MATCH (request)-[:TARGETS]->(h:Handset)
  WITH h ORDER BY h.imei
  RETURN collect(h.imei) AS imeis
}
RETURN request {.id, .status, .reason, .caseRef, .policeUnit, .state, .requestedBy, .decidedBy, .decisionNote,
                .cautionJustification, requestedAt: toString(request.requestedAt),
                decidedAt: toString(request.decidedAt)} AS request,
       request.cautions AS cautions, imeis
