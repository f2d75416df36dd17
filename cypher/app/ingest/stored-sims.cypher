// The identifying values stored for these numbers: whose they are, who sold them, since when.
UNWIND $keys AS key
MATCH (s:SIM {msisdn: key})
RETURN key, {kyc_id: [(s)-[:REGISTERED_TO]->(i:Identity) | i.kycId][0],
             pos_id: [(s)-[:ISSUED_BY]->(d:Dealer) | d.posId][0],
             activated_on: toString(s.activatedOn)} AS stored
