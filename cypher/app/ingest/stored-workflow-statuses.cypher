// Of these numbers, those whose status the telecom department's workflow set (a feed must not undo it).
// The hint keeps the lookup on the number's key: planned while few numbers had such a status, Neo4j
// chose the status index and scanned it once per number (seconds for a batch of 10,000).
UNWIND $msisdns AS msisdn
MATCH (s:SIM {msisdn: msisdn})
USING INDEX s:SIM(msisdn)
WHERE s.status IN ['reverification_pending', 'disconnected']
RETURN s.msisdn AS msisdn, s.status AS status
