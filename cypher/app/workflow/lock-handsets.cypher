// Takes the write lock of each handset (in IMEI order, so two requests never wait on each other in a
// circle) before their status is read: two requests for one handset cannot both see it `active`.
// The property written is removed again; the lock stays until the transaction ends.
UNWIND $imeis AS imei
MATCH (h:Handset {imei: imei})
WITH h ORDER BY h.imei
SET h.workflowLock = true
REMOVE h.workflowLock
RETURN count(h) AS locked
