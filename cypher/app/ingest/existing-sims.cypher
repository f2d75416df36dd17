// Which of these numbers the database already has.
UNWIND $keys AS key
MATCH (s:SIM {msisdn: key})
RETURN s.msisdn AS key
