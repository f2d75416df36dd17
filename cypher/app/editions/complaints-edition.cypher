// The complaints' edition (a random id, new at every change of the complaints' figures), and whether it
// has settled: Neo4j applies a committed transaction to the store record by record, and a read does not
// wait for it, so for a moment after an import commits a count may see the new edition and only part of
// its complaints. Figures counted then are not kept. No row before the first import of a database made
// without an edition.
MATCH (edition:DataEdition {name: 'complaints'})
RETURN edition.version AS version, edition.changedAt < datetime() - duration({seconds: $settleSeconds}) AS settled
