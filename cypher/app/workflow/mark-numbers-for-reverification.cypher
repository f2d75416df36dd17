// One batch of an approval's second step: every number that used one of these blocked handsets goes to
// re-verification (numbers already disconnected, or already pending, stay as they are).
UNWIND $imeis AS imei
MATCH (sim:SIM)-[:USED_IN]->(:Handset {imei: imei, status: 'blocked'})
WHERE sim.status IN ['active', 'reverified']
SET sim.status = 'reverification_pending'
RETURN count(DISTINCT sim) AS numbers
