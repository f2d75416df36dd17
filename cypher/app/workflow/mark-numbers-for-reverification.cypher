// One batch of an approval's second step: every number that used one of these blocked handsets goes to
// re-verification (numbers already disconnected, or already pending, stay as they are), and the
// request's progress moves on in the same transaction. Each number keeps the request that sent it
// (`reverificationRequestId`: its deadline, progress and disconnection refer to it); an outcome of an
// earlier re-verification (a number re-verified once, now sent again) is cleared. Run twice, it marks
// nothing more and adds 0.
UNWIND $imeis AS imei
OPTIONAL MATCH (sim:SIM)-[:USED_IN]->(:Handset {imei: imei, status: 'blocked'})
WHERE sim.status IN ['active', 'reverified']
SET sim.status = 'reverification_pending', sim.reverificationRequestId = $id
REMOVE sim.reverificationOutcome, sim.reverificationDecidedOn
WITH count(DISTINCT sim) AS numbers
MATCH (request:BlockRequest {id: $id})
SET request.numbersMarked = request.numbersMarked + numbers, request.handsetsMarked = $handsetsMarked
RETURN numbers
