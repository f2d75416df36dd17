// Records that all numbers of an approved request have been sent to re-verification.
MATCH (request:BlockRequest {id: $id})
SET request.numbersMarkedAt = datetime()
RETURN request.numbersMarked AS numbers
