// One alert as the queue shows it, and whether the user may see it (list-alerts' rules). No row: no alert.
MATCH (a:Alert {id: $id})
WITH a, CASE WHEN a.status = 'snoozed' AND a.snoozedUntil <= datetime() THEN 'new' ELSE a.status END AS status
// The case an alert went to is named only to that case's members: to others it is just assigned.
RETURN a {.id, .rule, .subject, .score, .dismissReason, status: status,
          caseId: CASE WHEN EXISTS { (:User {username: $username})-[:MEMBER_OF]->(:Case {id: a.caseId}) }
                       THEN a.caseId END,
          evidence: {nodes: a.evidenceNodes, sentence: a.sentence},
          snoozedUntil: toString(a.snoozedUntil), createdAt: toString(a.createdAt),
          updatedAt: toString(a.updatedAt)} AS alert,
       ($circles IS NULL OR any(circle IN a.circles WHERE circle IN $circles))
       AND (a.audience IS NULL
            OR EXISTS { (:User {username: $username})-[:MEMBER_OF]->(c:Case) WHERE c.id IN a.audience })
         AS isVisible
