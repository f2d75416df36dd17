// The handsets that became suspects most recently: the newest `high-risk-handset` alerts (raised the first
// time a rule run finds a handset at the suspect score, without a caution), read backwards along the
// createdAt index, about a handset still at that score; alerts keep the circles of their subject for the
// jurisdiction filter. Ties (a first load raises thousands at once) go to the higher score.
MATCH (alert:Alert)
WHERE alert.createdAt IS NOT NULL AND alert.rule = 'high-risk-handset'
  AND ($circles IS NULL OR any(circle IN alert.circles WHERE circle IN $circles))
MATCH (handset:Handset {imei: substring(alert.subject, size('Handset:'))})
WHERE handset.riskScore >= $minScore AND handset.caution IS NULL
RETURN handset.imei AS imei, handset.brand AS brand, handset.model AS model, handset.status AS status,
       handset.riskScore AS score, handset.riskReasons[0] AS reason, alert.id AS alertId,
       toString(alert.createdAt) AS flaggedAt
ORDER BY alert.createdAt DESC, handset.riskScore DESC, handset.imei
LIMIT $limit
