// One view of a case, whole. No row: the case has no such view.
MATCH (:Case {id: $caseId})-[:HAS_VIEW]->(view:CaseView {id: $viewId})
RETURN view {.id, .name, .nodes, .groups, .hiddenKinds, .dateWindow, .selection, .highlight, .savedBy,
             savedAt: toString(view.savedAt)} AS view
