// @name money-lost-by-circle-and-category
// @title Money lost by circle and fraud category
// @description Complaints reported within a window, grouped by the telecom circle of the reported
//   numbers and the complaint's category, with the money lost. A complaint naming several numbers of one
//   circle counts once there.
// @param from date = 2024-01-01 : first day of the window
// @param to date = 2026-06-30 : last day of the window
// @expects rows
MATCH (complaint:Complaint)-[:REPORTS]->(sim:SIM)
WHERE complaint.reportedOn >= date($from) AND complaint.reportedOn <= date($to)
WITH DISTINCT complaint, sim.circle AS circle
RETURN circle, complaint.category AS category, count(complaint) AS complaints,
       sum(coalesce(complaint.amountInr, 0)) AS amountLostInr
ORDER BY amountLostInr DESC, circle, category
