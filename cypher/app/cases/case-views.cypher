// A case's views, newest first, without their nodes.
MATCH (:Case {id: $caseId})-[:HAS_VIEW]->(view:CaseView)
WITH view ORDER BY view.savedAt DESC, view.id
RETURN view {.id, .name, .nodeCount, .savedBy, savedAt: toString(view.savedAt)} AS view
