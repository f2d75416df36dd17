// Handsets blocked per week (from Monday, in India's time) from $from to $to (dates, inclusive): a range
// of the blockedAt index. With $circles, only handsets used with a number of those circles (as the
// suspects list).
WITH datetime({date: date($from), timezone: 'Asia/Kolkata'}) AS since,
     datetime({date: date($to) + duration({days: 1}), timezone: 'Asia/Kolkata'}) AS before
MATCH (handset:Handset)
WHERE handset.blockedAt >= since AND handset.blockedAt < before
  AND ($circles IS NULL OR EXISTS { (handset)<-[:USED_IN]-(sim:SIM) WHERE sim.circle IN $circles })
WITH date(datetime({datetime: handset.blockedAt, timezone: 'Asia/Kolkata'})) AS day
RETURN toString(date.truncate('week', day)) AS weekStart, count(*) AS handsets
