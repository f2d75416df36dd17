// Appends a note to a case. MERGE on the id made before the transaction: run twice, it adds one note.
// Notes are never changed: an edit is a new note naming the one it supersedes.
MATCH (c:Case {id: $caseId})
MERGE (note:CaseNote {id: $note.id})
ON CREATE SET
  note.text = $note.text,
  note.author = $note.author,
  note.at = datetime(),
  note.supersedes = $note.supersedes
MERGE (c)-[:HAS_NOTE]->(note)
RETURN note {.id, .text, .author, .supersedes, at: toString(note.at)} AS note
