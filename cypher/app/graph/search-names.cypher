// Identities and dealers whose name matches a full-text query (built by the server from the words typed,
// with Lucene's special characters escaped), best match first. With $circles (a user's jurisdiction),
// identities outside them are left out before the limit, so in-scope people are not crowded out.
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $candidates}) YIELD node, score
WITH node, score
WHERE $circles IS NULL OR NOT node:Identity
   OR EXISTS { (node)<-[:REGISTERED_TO]-(sim:SIM) WHERE sim.circle IN $circles }
RETURN node, score
ORDER BY score DESC
LIMIT $limit
