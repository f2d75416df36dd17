// Approved requests whose numbers were not all sent to re-verification yet (the server stopped half-way):
// resumed by the background worker.
MATCH (request:BlockRequest {status: 'approved'})
WHERE request.numbersMarkedAt IS NULL
RETURN request.id AS id
