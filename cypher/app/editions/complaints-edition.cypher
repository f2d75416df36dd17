// The complaints' edition (a random id, new at every change of the complaints' figures); no row before the
// first import of a database made without one (a store written by the bulk importer).
MATCH (edition:DataEdition {name: 'complaints'})
RETURN edition.version AS version
