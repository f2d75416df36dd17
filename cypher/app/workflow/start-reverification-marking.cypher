// Before the first batch: how many numbers the approval sends to re-verification (those of its handsets
// that are active or re-verified), kept on the request for its progress. A resumed marking keeps them.
MATCH (request:BlockRequest {id: $id})
CALL (request) {
  MATCH (request)-[:TARGETS]->(:Handset)<-[:USED_IN]-(sim:SIM)
  WHERE sim.status IN ['active', 'reverified']
  RETURN count(DISTINCT sim) AS numbers
}
SET request.numbersTotal = coalesce(request.numbersTotal, numbers),
    request.numbersMarked = coalesce(request.numbersMarked, 0),
    request.handsetsMarked = coalesce(request.handsetsMarked, 0)
RETURN request.handsetsMarked AS handsetsMarked
