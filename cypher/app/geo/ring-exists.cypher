// Whether a stored ring has this id (a footprint of an unknown ring is a 404, not an empty map).
MATCH (ring:Ring {id: $ring})
RETURN ring.id AS id
