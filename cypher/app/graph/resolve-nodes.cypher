// Element ids of nodes named by label and key: the one statement that turns the API's `Label:key` into
// nodes (labels cannot be parameters; the server accepts only the labels listed here).
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Handset {imei: ref.key}) WHERE ref.label = 'Handset' RETURN n
  UNION ALL
  MATCH (n:SIM {msisdn: ref.key}) WHERE ref.label = 'SIM' RETURN n
  UNION ALL
  MATCH (n:Dealer {posId: ref.key}) WHERE ref.label = 'Dealer' RETURN n
  UNION ALL
  MATCH (n:Identity {kycId: ref.key}) WHERE ref.label = 'Identity' RETURN n
  UNION ALL
  MATCH (n:Victim {victimId: ref.key}) WHERE ref.label = 'Victim' RETURN n
  UNION ALL
  MATCH (n:Complaint {ackNo: ref.key}) WHERE ref.label = 'Complaint' RETURN n
}
RETURN ref.label AS label, ref.key AS key, n
