// Import benchmark baseline for identities.csv (see dealers.cypher).
LOAD CSV WITH HEADERS FROM $url AS r
CALL (r) {
  MERGE (i:Identity {kycId: r.kyc_id})
  SET i.docType = r.doc_type, i.name = r.name, i.photoHash = r.photo_hash
} IN TRANSACTIONS OF 10000 ROWS
