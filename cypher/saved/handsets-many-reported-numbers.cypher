// @name handsets-many-reported-numbers
// @title Handsets with many numbers reported by victims
// @description Handsets in which at least this many distinct numbers were reported in complaints: a farm's
//   phones, named by its victims. Also an alert rule (query:handsets-many-reported-numbers): each handset
//   it finds is an alert, with its reported numbers as evidence, raised again when more are reported.
// @param minReported int = 3 [1..100] : reported numbers, at least
// @param limit int = 500 [1..5000] : how many handsets
// @roles investigator
// @graph subject, evidence
// @alert
MATCH (h:Handset)<-[:USED_IN]-(sim:SIM)<-[:REPORTS]-(:Complaint)
WITH h, collect(DISTINCT sim) AS reported
WHERE size(reported) >= $minReported
RETURN h AS subject, reported[0..20] AS evidence, size(reported) AS reportedNumbers,
       CASE WHEN 40 + 10 * size(reported) > 100 THEN 100 ELSE 40 + 10 * size(reported) END AS score,
       'Handset ' + h.imei + ' was used with ' + toString(size(reported)) +
         ' numbers that victims reported in complaints.' AS sentence
ORDER BY reportedNumbers DESC, h.imei
LIMIT $limit
