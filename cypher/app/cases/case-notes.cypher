// A case's notes, oldest first, each with the note that superseded it (if any).
MATCH (:Case {id: $caseId})-[:HAS_NOTE]->(note:CaseNote)
OPTIONAL MATCH (:Case {id: $caseId})-[:HAS_NOTE]->(later:CaseNote {supersedes: note.id})
WITH note, min(later.id) AS supersededBy
ORDER BY note.at, note.id
RETURN note {.id, .text, .author, .supersedes, at: toString(note.at), supersededBy: supersededBy} AS note
