// Removes an inbox attempt's `running` entry when the attempt did not start after all (another import held
// the import lease): the feed simply waits for the next round.
MATCH (record:ImportRecord {id: $id})
WHERE record.result = 'running'
DELETE record
