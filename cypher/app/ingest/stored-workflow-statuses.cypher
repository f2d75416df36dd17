// The stored status of these numbers (the caller keeps those the telecom department's workflow set). A
// plain lookup by the number's key: with a status filter here, Neo4j planned a scan of the status index
// once a number, which ran past the timeout on a busy machine.
UNWIND $msisdns AS msisdn
MATCH (s:SIM {msisdn: msisdn})
RETURN s.msisdn AS msisdn, s.status AS status
