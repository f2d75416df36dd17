// Of a rule's hits, the keys that would raise or update an alert: no alert yet, or more evidence than it
// holds. A read, so that a run finding what it found before (most runs, for most hits) writes nothing;
// raise-alerts checks again under the alert's lock.
UNWIND $hits AS hit
OPTIONAL MATCH (seen:Alert {alertKey: hit.key})
WITH hit WHERE seen IS NULL OR hit.evidence > size(seen.evidenceNodes)
RETURN hit.key AS key
