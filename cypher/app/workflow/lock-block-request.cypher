// Takes the write lock of a block request before its status is read, so of two concurrent decisions on
// one request the second waits for the first and then sees it decided.
MATCH (request:BlockRequest {id: $id})
SET request.workflowLock = true
REMOVE request.workflowLock
RETURN count(request) AS locked
