// Which of the handsets $imeis are suspect now (scored at least $minScore, look-alikes excluded): read
// before and after an incremental rescoring, since dealers are judged by the suspect handsets.
// The IMEI index is named: right after a first load the statistics say no handset has a score yet, and
// the planner would start from the riskScore index instead, scanning every scored handset for each IMEI.
UNWIND $imeis AS imei
MATCH (h:Handset {imei: imei})
USING INDEX h:Handset(imei)
WHERE h.riskScore >= $minScore AND h.caution IS NULL
RETURN h.imei AS imei
