// What a bulk first load would replace: the labels of up to 1,000 nodes other than leases, login counters
// and import runs (a new store may drop them: an unfinished run always comes with investigation data).
// No rows: the database is blank.
MATCH (n)
WHERE NOT n:Lease AND NOT n:LoginThrottle AND NOT n:ImportRun
WITH n LIMIT 1000
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes
ORDER BY label
