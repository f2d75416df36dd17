// The handsets that became suspects most recently: the newest `high-risk-handset` alerts (raised the first
// time a rule run finds a handset at the suspect score, without a caution), read backwards along the
// createdAt index; ties (a first load raises alerts by the thousand, 500 to a transaction's time) go to
// the higher score the alert was raised with. Alerts keep their subject's circles for the jurisdiction
// filter. A few more alerts than listed are read, for the handsets no longer at the suspect score.
MATCH (alert:Alert)
WHERE alert.createdAt IS NOT NULL AND alert.rule = 'high-risk-handset'
  AND ($circles IS NULL OR any(circle IN alert.circles WHERE circle IN $circles))
WITH alert ORDER BY alert.createdAt DESC, alert.score DESC, alert.id LIMIT $limit * 4
MATCH (handset:Handset {imei: substring(alert.subject, size('Handset:'))})
WHERE handset.riskScore >= $minScore AND handset.caution IS NULL
RETURN handset.imei AS imei, handset.brand AS brand, handset.model AS model, handset.status AS status,
       handset.riskScore AS score, handset.riskReasons[0] AS reason, alert.id AS alertId,
       toString(alert.createdAt) AS flaggedAt
ORDER BY alert.createdAt DESC, alert.score DESC, alert.id
LIMIT $limit
