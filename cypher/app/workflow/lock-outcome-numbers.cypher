// Takes the write lock of each number of an outcomes upload (in number order, so two uploads never wait
// on each other in a circle) before their status is read: of two uploads for one number, the second sees
// what the first did. The property written is removed again; the lock stays until the transaction ends.
UNWIND $msisdns AS msisdn
MATCH (sim:SIM {msisdn: msisdn})
WITH sim ORDER BY sim.msisdn
SET sim.workflowLock = true
REMOVE sim.workflowLock
RETURN count(sim) AS locked
