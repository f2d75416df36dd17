// The handsets of a new block request as they stand (read after lock-handsets): found or not, status,
// and the analysis's caution (a cloned IMEI or a dealer's test phone) if any.
UNWIND $imeis AS imei
OPTIONAL MATCH (h:Handset {imei: imei})
RETURN imei, h IS NOT NULL AS found, h.status AS status, h.caution AS caution,
       h.cautionMessage AS cautionMessage
