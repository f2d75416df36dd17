// Which of these KYC ids the database already has.
UNWIND $keys AS key
MATCH (i:Identity {kycId: key})
RETURN i.kycId AS key
