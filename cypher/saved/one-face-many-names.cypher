// @name one-face-many-names
// @title One face behind many names
// @description The same photograph (its hash) on identities that carry different names: one person
//   enrolled again and again under other names to get more numbers.
// @param minNames int = 3 [2..100] : at least this many different names on one face
// @param limit int = 100 [1..1000] : how many faces
// @roles investigator
// @scope national
// @expects rows
MATCH (identity:Identity)
WHERE identity.photoHash IS NOT NULL
WITH identity.photoHash AS photoHash, collect(DISTINCT identity.name) AS names, count(identity) AS identities
WHERE size(names) >= $minNames
RETURN photoHash, identities, size(names) AS differentNames, names[0..10] AS someNames
ORDER BY identities DESC, photoHash
LIMIT $limit
