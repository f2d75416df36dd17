// Every stored ring's handsets (for the evaluation against a seed's ground truth).
MATCH (r:Ring)-[:INCLUDES]->(h:Handset)
RETURN r.id AS id, collect(h.imei) AS handsets
