// Loads a batch of dealers.csv rows. A decision's status (flagged, blacklisted) is never reset by an import.
UNWIND $rows AS r
MERGE (d:Dealer {posId: r.pos_id})
  ON CREATE SET d.status = 'active'
SET d.name = r.name, d.operator = r.operator, d.circle = r.circle, d.registeredOn = date(r.registered_on)
