// Everything a case's page shows, read in one transaction: the case and its members, notes, views,
// pinned evidence, the block requests and dealer flags raised from it, and its timeline.
import type { AuditEvent, Actor } from '../audit/audit-trail.ts';
import type { Database } from '../db/database.ts';
import { readSummary, type CaseSummary } from './cases.ts';
import { caseNotes, type CaseNote } from './notes.ts';
import { casePins, type CasePin } from './pins.ts';
import {
  caseBlockRequests,
  caseDealerFlags,
  type CaseBlockRequest,
  type CaseDealerFlag,
} from './raised-from-case.ts';
import { caseTimeline } from './timeline.ts';
import { caseViews, type ViewSummary } from './views.ts';

export interface CasePage extends CaseSummary {
  notes: CaseNote[];
  views: ViewSummary[];
  pins: CasePin[];
  blockRequests: CaseBlockRequest[];
  dealerFlags: CaseDealerFlag[];
  timeline: AuditEvent[];
}

export async function readCasePage(database: Database, caseId: string, actor: Actor): Promise<CasePage> {
  return database.readTx(async (tx) => ({
    ...(await readSummary(tx, caseId, actor)),
    notes: await caseNotes(tx, caseId),
    views: await caseViews(tx, caseId),
    pins: await casePins(tx, caseId),
    blockRequests: await caseBlockRequests(tx, caseId),
    dealerFlags: await caseDealerFlags(tx, caseId),
    timeline: await caseTimeline(tx, caseId),
  }));
}
