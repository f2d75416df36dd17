// A block request's status (read after lock-block-request).
MATCH (request:BlockRequest {id: $id})
RETURN request.status AS status
