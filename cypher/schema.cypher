// Ringside's schema: a uniqueness constraint per key of the graph model (DESIGN.md) and indexes for search.
// Every statement is idempotent (IF NOT EXISTS); server/db/schema.ts applies them at start.

CREATE CONSTRAINT handset_imei IF NOT EXISTS FOR (h:Handset) REQUIRE h.imei IS UNIQUE;
CREATE CONSTRAINT sim_msisdn IF NOT EXISTS FOR (s:SIM) REQUIRE s.msisdn IS UNIQUE;
CREATE CONSTRAINT dealer_pos_id IF NOT EXISTS FOR (d:Dealer) REQUIRE d.posId IS UNIQUE;
CREATE CONSTRAINT identity_kyc_id IF NOT EXISTS FOR (i:Identity) REQUIRE i.kycId IS UNIQUE;
CREATE CONSTRAINT victim_id IF NOT EXISTS FOR (v:Victim) REQUIRE v.victimId IS UNIQUE;
CREATE CONSTRAINT complaint_ack_no IF NOT EXISTS FOR (c:Complaint) REQUIRE c.ackNo IS UNIQUE;
CREATE CONSTRAINT block_request_id IF NOT EXISTS FOR (b:BlockRequest) REQUIRE b.id IS UNIQUE;
CREATE CONSTRAINT dealer_flag_id IF NOT EXISTS FOR (f:DealerFlag) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (a:AuditEvent) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT ring_id IF NOT EXISTS FOR (r:Ring) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT export_batch_id IF NOT EXISTS FOR (b:ExportBatch) REQUIRE b.id IS UNIQUE;
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX import_run_status IF NOT EXISTS FOR (r:ImportRun) ON (r.status);

// Lookups and filters used by the explorer, the workflow and the exports.
CREATE INDEX handset_status IF NOT EXISTS FOR (h:Handset) ON (h.status);
CREATE INDEX handset_tac IF NOT EXISTS FOR (h:Handset) ON (h.tac);
CREATE INDEX handset_risk_score IF NOT EXISTS FOR (h:Handset) ON (h.riskScore);
CREATE INDEX sim_status IF NOT EXISTS FOR (s:SIM) ON (s.status);
// The numbers an approved block request sent to re-verification (its progress, deadline, outcomes).
CREATE INDEX sim_reverification_request IF NOT EXISTS FOR (s:SIM) ON (s.reverificationRequestId);
// Also gives the re-verification export its order (operator, circle, number) without a sort.
CREATE INDEX sim_operator_circle_msisdn IF NOT EXISTS FOR (s:SIM) ON (s.operator, s.circle, s.msisdn);
// Graded numbers, most severe first and by number within a grade, without a walk of every number.
CREATE INDEX sim_risk_grade_msisdn IF NOT EXISTS FOR (s:SIM) ON (s.riskGrade, s.msisdn);
CREATE INDEX dealer_status IF NOT EXISTS FOR (d:Dealer) ON (d.status);
CREATE INDEX identity_photo_hash IF NOT EXISTS FOR (i:Identity) ON (i.photoHash);
CREATE INDEX complaint_reported_on IF NOT EXISTS FOR (c:Complaint) ON (c.reportedOn);
CREATE INDEX block_request_status IF NOT EXISTS FOR (b:BlockRequest) ON (b.status);
CREATE INDEX dealer_flag_status IF NOT EXISTS FOR (f:DealerFlag) ON (f.status);
CREATE INDEX audit_event_at IF NOT EXISTS FOR (a:AuditEvent) ON (a.at);
// The home page (server/overview/): blocks and disconnections by week, failed logins, the rings reported
// last (the newest alerts' index is with the alerts).
CREATE INDEX handset_blocked_at IF NOT EXISTS FOR (h:Handset) ON (h.blockedAt);
CREATE INDEX sim_disconnected_on IF NOT EXISTS FOR (s:SIM) ON (s.disconnectedOn);
CREATE INDEX audit_event_action_at IF NOT EXISTS FOR (a:AuditEvent) ON (a.action, a.at);
CREATE INDEX ring_last_complaint_on IF NOT EXISTS FOR (r:Ring) ON (r.lastComplaintOn);

// One search box finds people and dealers by name prefix.
CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:Identity|Dealer) ON EACH [n.name];

// Sessions, login counters and background-job leases live in the database, so every app process sees them.
CREATE CONSTRAINT session_token_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE;
CREATE CONSTRAINT login_throttle_key IF NOT EXISTS FOR (t:LoginThrottle) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT lease_name IF NOT EXISTS FOR (l:Lease) REQUIRE l.name IS UNIQUE;

// The import history (every import, from the inbox and the command line), newest first on the Imports page.
CREATE CONSTRAINT import_record_id IF NOT EXISTS FOR (r:ImportRecord) REQUIRE r.id IS UNIQUE;
CREATE INDEX import_record_started_at IF NOT EXISTS FOR (r:ImportRecord) ON (r.startedAt);
CREATE INDEX import_record_folder IF NOT EXISTS FOR (r:ImportRecord) ON (r.folder);

// Cases: investigations shared by their members (server/cases/), with their notes and views. A case's
// timeline finds the audit events about it, its requests and its flags by target.
CREATE CONSTRAINT case_id IF NOT EXISTS FOR (c:Case) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT case_note_id IF NOT EXISTS FOR (n:CaseNote) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT case_view_id IF NOT EXISTS FOR (v:CaseView) REQUIRE v.id IS UNIQUE;
CREATE INDEX audit_event_target IF NOT EXISTS FOR (a:AuditEvent) ON (a.target);

// Alerts: what the detection rules found (server/alerts/). One alert per rule and subject: its `alertKey`
// (`<rule>|<Label:key>`) is unique, so rule runs in two processes at once MERGE onto the same alert. The
// queue lists by status.
CREATE CONSTRAINT alert_id IF NOT EXISTS FOR (a:Alert) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT alert_key IF NOT EXISTS FOR (a:Alert) REQUIRE a.alertKey IS UNIQUE;
CREATE INDEX alert_status IF NOT EXISTS FOR (a:Alert) ON (a.status);
// The home page lists the newest alerts about handsets that became suspects, newest first.
CREATE INDEX alert_created_at IF NOT EXISTS FOR (a:Alert) ON (a.createdAt);
// The header's badge counts new alerts from tallies kept as alerts are raised and triaged, one a set of
// circles and audience (server/alerts/new-alert-tallies.ts), and snoozed alerts whose time has come.
CREATE CONSTRAINT new_alert_tally_key IF NOT EXISTS FOR (t:NewAlertTally) REQUIRE t.key IS UNIQUE;
CREATE INDEX alert_snoozed_until IF NOT EXISTS FOR (a:Alert) ON (a.snoozedUntil);
// The edition of the data the cached figures are counted from (server/editions/).
CREATE CONSTRAINT data_edition_name IF NOT EXISTS FOR (e:DataEdition) REQUIRE e.name IS UNIQUE;
// The rule complaint-on-case-or-request finds the pins of a reported number, its handsets and identity.
CREATE INDEX case_pin_node_id IF NOT EXISTS FOR (p:CasePin) ON (p.nodeId);
