// Gives a database without one (a store written by the bulk importer, or one from before editions) its
// first complaints' edition; an existing one is kept. A new random id can match no figure counted before,
// and nothing is being committed into a store the bulk importer wrote: it is settled from the start.
MERGE (edition:DataEdition {name: 'complaints'})
  ON CREATE SET edition.version = randomUUID(), edition.changedAt = datetime() - duration({hours: 1})
