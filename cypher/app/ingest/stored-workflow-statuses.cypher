// Of these numbers, those whose status the telecom department's workflow set (a feed must not undo it).
UNWIND $msisdns AS msisdn
MATCH (s:SIM {msisdn: msisdn})
WHERE s.status IN ['reverification_pending', 'disconnected']
RETURN s.msisdn AS msisdn, s.status AS status
