// The complaints' figures changed (complaints, victims, the numbers complaints report, the numbers'
// circles: an import, or a first load started, finished or rolled back): a new random edition, in the
// transaction of the change, so that no figure counted before it is taken for one of the data after it.
MERGE (edition:DataEdition {name: 'complaints'})
SET edition.version = randomUUID(), edition.changedAt = datetime()
