// The journal entry of an import loaded in several transactions (a first load into an empty database):
// while it says `loading`, the data it wrote is not yet the database's, and a failed run is rolled back.
CREATE (run:ImportRun {id: $id, folder: $folder, status: 'loading', startedAt: datetime(), holder: $holder})
