// Loads a batch of identities.csv rows.
UNWIND $rows AS r
MERGE (i:Identity {kycId: r.kyc_id})
SET i.docType = r.doc_type, i.name = r.name, i.photoHash = r.photo_hash
