// The server's name, version and edition: the health check's proof that the database answers.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
