// How many alerts the user would see as new (the header's badge): list-alerts' filter, counted from the
// tallies that raising and triage keep (one a set of circles and audience: a few hundred at national
// scale, where the alerts are tens of thousands), and the snoozed alerts whose time has come, which turn
// new when read (the snoozedUntil index: only snoozed alerts have one).
CALL () {
  MATCH (tally:NewAlertTally)
  WHERE tally.count > 0
    AND ($circles IS NULL OR any(circle IN tally.circles WHERE circle IN $circles))
    AND (tally.audience IS NULL
         OR EXISTS { (:User {username: $username})-[:MEMBER_OF]->(c:Case) WHERE c.id IN tally.audience })
  RETURN sum(tally.count) AS counted
}
CALL () {
  MATCH (a:Alert)
  WHERE a.snoozedUntil <= datetime() AND a.status = 'snoozed'
    AND ($circles IS NULL OR any(circle IN a.circles WHERE circle IN $circles))
    AND (a.audience IS NULL
         OR EXISTS { (:User {username: $username})-[:MEMBER_OF]->(c:Case) WHERE c.id IN a.audience })
  RETURN count(a) AS woken
}
RETURN counted + woken AS count
