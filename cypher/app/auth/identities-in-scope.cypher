// Of the given identities, those in a user's jurisdiction: any SIM registered to them is in one of the
// user's circles.
UNWIND $kycIds AS kycId
MATCH (identity:Identity {kycId: kycId})
WHERE EXISTS { (identity)<-[:REGISTERED_TO]-(sim:SIM) WHERE sim.circle IN $circles }
RETURN collect(kycId) AS inScope
