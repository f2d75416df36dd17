// Removes the stored rings $ids (those an incremental analysis replaces; absent ones are skipped, so a
// retry is harmless).
UNWIND $ids AS id
MATCH (r:Ring {id: id})
DETACH DELETE r
