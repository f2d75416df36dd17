// What blacklisting a flagged dealer touches: the SIMs it sold, those still active, those named in a
// complaint (of all it sold, and of the active ones), its buyers (identities), and those buyers over the
// limit (more than $simLimit numbers, or more than $borderSimLimit in the $borderCircles circles, counted
// over every number they hold, as the dealer's risk signals count).
MATCH (flag:DealerFlag {id: $id})-[:TARGETS]->(dealer:Dealer)
RETURN flag.status AS status, dealer.posId AS posId,
       COUNT { (dealer)<-[:ISSUED_BY]-(:SIM) } AS simsSold,
       COUNT { (dealer)<-[:ISSUED_BY]-(:SIM {status: 'active'}) } AS activeSims,
       COUNT { MATCH (dealer)<-[:ISSUED_BY]-(sim:SIM) WHERE EXISTS { (sim)<-[:REPORTS]-(:Complaint) } }
         AS reportedSims,
       COUNT { MATCH (dealer)<-[:ISSUED_BY]-(sim:SIM {status: 'active'}) WHERE EXISTS { (sim)<-[:REPORTS]-(:Complaint) } }
         AS reportedActiveSims,
       COUNT {
         MATCH (dealer)<-[:ISSUED_BY]-(:SIM)-[:REGISTERED_TO]->(identity:Identity)
         WITH DISTINCT identity
         RETURN identity
       } AS buyers,
       COUNT {
         MATCH (dealer)<-[:ISSUED_BY]-(:SIM)-[:REGISTERED_TO]->(identity:Identity)
         WITH DISTINCT identity
         WITH identity, COUNT { (identity)<-[:REGISTERED_TO]-() } AS held
         WHERE CASE
                 WHEN held > $simLimit THEN true
                 WHEN held > $borderSimLimit
                 THEN COUNT { (identity)<-[:REGISTERED_TO]-(b:SIM) WHERE b.circle IN $borderCircles } > $borderSimLimit
                 ELSE false
               END
         RETURN identity
       } AS overLimitBuyers
