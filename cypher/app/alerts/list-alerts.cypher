// The alert queue: alerts of the stored statuses $stored (a snoozed alert whose time has come counts as
// new: worked out here, when read), of the rule $rule if given, that the user may see: about a subject in
// their circles ($circles null: national), and, for an alert that only concerns cases, a member of one.
// Highest score first, then the longest waiting, then by id (alerts of one run share their createdAt).
// $after (a cursor: the last alert of the page before, {score, createdAt, id}) starts right after it.
MATCH (a:Alert)
WHERE a.status IN $stored AND ($rule IS NULL OR a.rule = $rule)
  AND ($after IS NULL OR a.score < $after.score
       OR (a.score = $after.score
           AND (a.createdAt > datetime($after.createdAt)
                OR (a.createdAt = datetime($after.createdAt) AND a.id > $after.id))))
WITH a, CASE WHEN a.status = 'snoozed' AND a.snoozedUntil <= datetime() THEN 'new' ELSE a.status END AS status
WHERE ($status IS NULL OR status = $status)
  AND ($circles IS NULL OR any(circle IN a.circles WHERE circle IN $circles))
  AND (a.audience IS NULL
       OR EXISTS { (:User {username: $username})-[:MEMBER_OF]->(c:Case) WHERE c.id IN a.audience })
// The case an alert went to is named only to that case's members: to others it is just assigned.
RETURN a {.id, .rule, .subject, .score, .dismissReason, status: status,
          caseId: CASE WHEN EXISTS { (:User {username: $username})-[:MEMBER_OF]->(:Case {id: a.caseId}) }
                       THEN a.caseId END,
          evidence: {nodes: a.evidenceNodes, sentence: a.sentence},
          snoozedUntil: toString(a.snoozedUntil), createdAt: toString(a.createdAt),
          updatedAt: toString(a.updatedAt)} AS alert,
       {score: a.score, createdAt: toString(a.createdAt), id: a.id} AS place
ORDER BY a.score DESC, a.createdAt, a.id
LIMIT $limit
