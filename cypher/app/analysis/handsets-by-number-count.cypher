// The naive ranking the evaluation compares against: handsets with the most numbers first.
MATCH (h:Handset)
WITH h, COUNT { (h)<-[:USED_IN]-() } AS numbers
ORDER BY numbers DESC, h.imei
LIMIT $limit
RETURN h.imei AS imei
