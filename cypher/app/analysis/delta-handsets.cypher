// The handsets whose risk signals a delta can change: those of its numbers $msisdns (their own and sister
// handsets: a number in two handsets counts in both) and of every other number of their identities (a
// number's life counts in its identity-mates' handsets' sister signal), of every number of the identities
// $kycIds (a new SIM changes an identity's count against the legal limit), of every number of identities with the
// photographs $photoHashes (a new name on a known face changes the shared-face count), and $imeis.
CALL () {
  UNWIND $msisdns AS msisdn
  MATCH (:SIM {msisdn: msisdn})-[:USED_IN]->(h:Handset)
  RETURN h
  UNION
  UNWIND $msisdns AS msisdn
  MATCH (:SIM {msisdn: msisdn})-[:REGISTERED_TO]->(:Identity)<-[:REGISTERED_TO]-(:SIM)-[:USED_IN]->(h:Handset)
  RETURN h
  UNION
  UNWIND $kycIds AS kycId
  MATCH (:Identity {kycId: kycId})<-[:REGISTERED_TO]-(:SIM)-[:USED_IN]->(h:Handset)
  RETURN h
  UNION
  UNWIND $photoHashes AS photoHash
  MATCH (:Identity {photoHash: photoHash})<-[:REGISTERED_TO]-(:SIM)-[:USED_IN]->(h:Handset)
  RETURN h
  UNION
  UNWIND $imeis AS imei
  MATCH (h:Handset {imei: imei})
  RETURN h
}
RETURN h.imei AS imei
ORDER BY imei
