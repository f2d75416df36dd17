// Whether the database holds any investigation data: demo data goes only into an empty database.
RETURN EXISTS { MATCH (:SIM) } OR EXISTS { MATCH (:Handset) } OR EXISTS { MATCH (:Dealer) }
    OR EXISTS { MATCH (:Complaint) } AS hasData
