// Which of the handsets $imeis are suspect now (scored at least $minScore, look-alikes excluded): read
// before and after an incremental rescoring, since dealers are judged by the suspect handsets.
UNWIND $imeis AS imei
MATCH (h:Handset {imei: imei})
WHERE h.riskScore >= $minScore AND h.caution IS NULL
RETURN h.imei AS imei
