// @name victims-of-handset
// @title Victims of the numbers used in a handset
// @description Every complaint against a number that was used in this handset, with the victim and the
//   money lost: the evidence for a block request. The default handset is from a farm of the demo data.
// @param imei imei = 860901042718286 : the handset
// @param limit int = 500 [1..5000] : how many complaints
// @roles investigator
// @graph trail
// @expects rows
MATCH trail = (:Handset {imei: $imei})<-[:USED_IN]-(sim:SIM)<-[:REPORTS]-(complaint:Complaint)<-[:FILED]-(victim:Victim)
RETURN complaint.ackNo AS ackNo, complaint.reportedOn AS reportedOn, complaint.category AS category,
       complaint.amountInr AS amountInr, sim.msisdn AS msisdn, victim.district AS district, trail
ORDER BY reportedOn DESC, ackNo
LIMIT $limit
