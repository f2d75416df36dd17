// Removes the rings of the previous recompute.
MATCH (r:Ring)
DETACH DELETE r
