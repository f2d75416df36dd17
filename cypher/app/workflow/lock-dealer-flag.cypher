// Takes the write lock of a dealer flag, then (a second statement) reads its status: see
// lock-block-request.cypher.
MATCH (flag:DealerFlag {id: $id})
SET flag.workflowLock = true
REMOVE flag.workflowLock
RETURN count(flag) AS locked
