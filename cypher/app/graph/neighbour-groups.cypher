// The neighbours of nodes (by element id, from resolve-nodes) counted by kind and one property of each
// kind, so the explorer can draw a node with hundreds of neighbours as a few groups. One ask a node and
// relationship types: a saved view's groups are counted in one query. Each ask carries its types (never
// empty: the server passes its whitelist) and its grouping (kind → {name, field, month}, chosen by the
// server from a whitelist). Links are counted, as expand's total counts them, so a group's count is the
// total of expand-group for it. `month` groups a date by its YYYY-MM; a kind without a field is one group
// (value null).
UNWIND $asks AS ask
MATCH (n) WHERE elementId(n) = ask.elementId
MATCH (n)-[r]-(m)
WHERE type(r) IN ask.types
WITH ask, m, [kind IN $kinds WHERE kind IN labels(m)][0] AS kind
WITH ask, m, kind, ask.groupBy[kind] AS spec
WITH ask.key AS ask, kind, spec,
  CASE
    WHEN spec IS NULL THEN null
    WHEN spec.month THEN substring(toString(m[spec.field]), 0, 7)
    ELSE toString(m[spec.field])
  END AS value
RETURN ask, kind, spec.name AS property, value, count(*) AS count
ORDER BY ask, count DESC, kind, value
