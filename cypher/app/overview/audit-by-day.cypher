// Audit events per day (in India's time) from $from to $to (dates, inclusive): one count of a range of the
// at index a day, so a day of tens of thousands of events (a first load's alerts) is counted, not read.
UNWIND range(0, duration.inDays(date($from), date($to)).days) AS offset
WITH date($from) + duration({days: offset}) AS day
CALL (day) {
  MATCH (event:AuditEvent)
  WHERE event.at >= datetime({date: day, timezone: 'Asia/Kolkata'})
    AND event.at < datetime({date: day + duration({days: 1}), timezone: 'Asia/Kolkata'})
  RETURN count(event) AS events
}
RETURN toString(day) AS day, events
