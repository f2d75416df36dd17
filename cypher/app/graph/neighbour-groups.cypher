// The neighbours of one node (by element id, from resolve-nodes) counted by kind and one property of each
// kind ($groupBy: kind → {field, month}, chosen by the server from a whitelist), so the explorer can draw a
// node with hundreds of neighbours as a few groups. Links are counted, as expand's total counts them, so a
// group's count is the total of expand-group for it. `month` groups a date by its YYYY-MM; a kind without a
// field is one group (value null). $types is never empty: the server passes its whitelist.
MATCH (n) WHERE elementId(n) = $elementId
MATCH (n)-[r]-(m)
WHERE type(r) IN $types
WITH r, m, [kind IN $kinds WHERE kind IN labels(m)][0] AS kind
WITH r, m, kind, $groupBy[kind] AS spec
WITH kind, spec,
  CASE
    WHEN spec IS NULL THEN null
    WHEN spec.month THEN substring(toString(m[spec.field]), 0, 7)
    ELSE toString(m[spec.field])
  END AS value
RETURN kind, spec.name AS property, value, count(*) AS count
ORDER BY count DESC, kind, value
