// Every handset used by at least $minNumbers numbers: the ones a full recompute scores (fewer is an
// ordinary phone).
MATCH (h:Handset)
WHERE COUNT { (h)<-[:USED_IN]-() } >= $minNumbers
RETURN h.imei AS imei
ORDER BY imei
