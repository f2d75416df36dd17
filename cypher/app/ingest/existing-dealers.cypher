// Which of these dealer ids the database already has (import references to dealers outside the folder).
UNWIND $keys AS key
MATCH (d:Dealer {posId: key})
RETURN d.posId AS key
