// A note of the case that a new note would supersede, with the notes (other than the new one, when a
// retried transaction finds it already there) that supersede it already. No row: no such note in the case.
MATCH (:Case {id: $caseId})-[:HAS_NOTE]->(note:CaseNote {id: $noteId})
RETURN COLLECT {
  MATCH (:Case {id: $caseId})-[:HAS_NOTE]->(later:CaseNote {supersedes: $noteId})
  WHERE later.id <> $newNoteId
  RETURN later.id
} AS supersededBy
