// Identities and dealers whose name matches a full-text query (built by the server from the words typed,
// with Lucene's special characters escaped), best match first.
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $limit}) YIELD node, score
RETURN node, score
