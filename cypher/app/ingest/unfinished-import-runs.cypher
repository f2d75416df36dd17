// Imports that never finished (the importer or Neo4j died) and whose importer no longer holds the lease.
MATCH (run:ImportRun {status: 'loading'})
OPTIONAL MATCH (lease:Lease {name: 'import'})
WITH run, lease
WHERE lease IS NULL OR lease.expiresAt <= $now OR lease.holder <> run.holder
RETURN run.id AS id, run.folder AS folder
