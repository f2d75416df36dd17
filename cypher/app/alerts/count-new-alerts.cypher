// How many alerts the user would see as new (the header's badge): list-alerts' filter, counted. The status
// index narrows it to new and snoozed alerts.
MATCH (a:Alert)
WHERE a.status IN ['new', 'snoozed']
  AND (a.status = 'new' OR a.snoozedUntil <= datetime())
  AND ($circles IS NULL OR any(circle IN a.circles WHERE circle IN $circles))
  AND (a.audience IS NULL
       OR EXISTS { (:User {username: $username})-[:MEMBER_OF]->(c:Case) WHERE c.id IN a.audience })
RETURN count(a) AS count
