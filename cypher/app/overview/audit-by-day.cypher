// Audit events per day (in India's time) from $from to $to (dates, inclusive): a range of the at index.
WITH datetime({date: date($from), timezone: 'Asia/Kolkata'}) AS since,
     datetime({date: date($to) + duration({days: 1}), timezone: 'Asia/Kolkata'}) AS before
MATCH (event:AuditEvent)
WHERE event.at >= since AND event.at < before
RETURN toString(date(datetime({datetime: event.at, timezone: 'Asia/Kolkata'}))) AS day, count(*) AS events
