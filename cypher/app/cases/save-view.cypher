// Saves a view of the canvas on a case. The nodes and their positions are one JSON text, returned
// exactly as saved; so are its groups. MERGE on the id made before the transaction: run twice, it saves
// one view.
MATCH (c:Case {id: $caseId})
MERGE (view:CaseView {id: $view.id})
ON CREATE SET
  view.name = $view.name,
  view.nodes = $view.nodes,
  view.nodeCount = $view.nodeCount,
  view.groups = $view.groups,
  view.hiddenKinds = $view.hiddenKinds,
  view.dateWindow = $view.dateWindow,
  view.selection = $view.selection,
  view.highlight = $view.highlight,
  view.savedBy = $view.savedBy,
  view.savedAt = datetime()
MERGE (c)-[:HAS_VIEW]->(view)
