// The identifying values stored for these identities (a feed that changes them is a conflict).
UNWIND $keys AS key
MATCH (i:Identity {kycId: key})
RETURN key, {name: i.name, photo_hash: i.photoHash, doc_type: i.docType} AS stored
